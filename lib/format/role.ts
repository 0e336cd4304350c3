// The user's role in the contract, as the IONOS token's `identity.role` says it: "owner" for the contract owner
// (the sandbox's administrator), "admin" for users with administrator rights, "user" for members. Display only:
// the upstream decides what a user may do.

export type ContractRole = 'administrator' | 'member';

export function contractRole(role: string | undefined): ContractRole | undefined {
  switch (role?.toLowerCase()) {
    case 'owner':
    case 'admin':
    case 'administrator':
      return 'administrator';
    case 'user':
      return 'member';
    default:
      return undefined;
  }
}

export const CONTRACT_ROLE_LABELS: Record<ContractRole, string> = {
  administrator: 'Contract administrator',
  member: 'Member',
};
