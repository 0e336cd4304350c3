// The sandbox's IONOS users: one contract, an administrator, a member and a user without the
// "Manage Dataplatform" privilege (for permission tests). All passwords are `sandbox`.

export const SANDBOX_CONTRACT_NUMBER = 31000001;
export const SANDBOX_PASSWORD = 'sandbox';
export const MANAGE_DATAPLATFORM = 'MANAGE_DATAPLATFORM';

export interface SandboxUser {
  uuid: string;
  email: string;
  password: string;
  contractNumber: number;
  role: 'owner' | 'user';
  privileges: string[];
}

export const SANDBOX_USERS = {
  admin: {
    uuid: '0a0d3100-0000-4000-8000-000000000001',
    email: 'admin@sandbox.test',
    password: SANDBOX_PASSWORD,
    contractNumber: SANDBOX_CONTRACT_NUMBER,
    role: 'owner',
    privileges: ['DATA_CENTER_CREATE', 'SNAPSHOT_CREATE', 'IP_BLOCK_RESERVE', 'ACCESS_ACTIVITY_LOG', MANAGE_DATAPLATFORM],
  },
  user: {
    uuid: '0a0d3100-0000-4000-8000-000000000002',
    email: 'user@sandbox.test',
    password: SANDBOX_PASSWORD,
    contractNumber: SANDBOX_CONTRACT_NUMBER,
    role: 'user',
    privileges: [MANAGE_DATAPLATFORM],
  },
  noaccess: {
    uuid: '0a0d3100-0000-4000-8000-000000000003',
    email: 'noaccess@sandbox.test',
    password: SANDBOX_PASSWORD,
    contractNumber: SANDBOX_CONTRACT_NUMBER,
    role: 'user',
    privileges: [],
  },
} as const satisfies Record<string, SandboxUser>;

const ALL_USERS: readonly SandboxUser[] = Object.values(SANDBOX_USERS) as SandboxUser[];

export function findUserByEmail(email: string): SandboxUser | undefined {
  return ALL_USERS.find((u) => u.email.toLowerCase() === email.toLowerCase());
}

export function findUserByUuid(uuid: string): SandboxUser | undefined {
  return ALL_USERS.find((u) => u.uuid === uuid);
}

export function isContractAdmin(user: SandboxUser): boolean {
  return user.role === 'owner';
}

export function canManageDataplatform(user: SandboxUser): boolean {
  return isContractAdmin(user) || user.privileges.includes(MANAGE_DATAPLATFORM);
}
