// The sandbox's IONOS users: one contract, an administrator, a member and a user without the
// "Manage Dataplatform" privilege (for permission tests). All passwords are `sandbox`.
// SANDBOX_EXTRA_USERS adds users of the same contract, e.g. one with a canary password for the e2e
// checks that no credential reaches a log or the browser.
import { createHash } from 'node:crypto';

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

export type ExtraUserInput = { email: string; password: string; role?: 'owner' | 'user' };

/**
 * `SANDBOX_EXTRA_USERS`: a JSON array of `{email, password, role}` (role `user` by default, with the
 * "Manage Dataplatform" privilege). Their ids derive from the e-mail, so tokens survive a restart.
 */
export function parseExtraUsers(json: string | undefined): SandboxUser[] {
  if (json === undefined || json.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error('SANDBOX_EXTRA_USERS is not valid JSON (expected [{"email": ..., "password": ..., "role": "user"}]).');
  }
  if (!Array.isArray(value)) throw new Error('SANDBOX_EXTRA_USERS must be a JSON array.');
  return value.map((item: Partial<ExtraUserInput>, index) => {
    const { email, password, role = 'user' } = item ?? {};
    if (typeof email !== 'string' || !/^[^\s@:]+@[^\s@:]+$/.test(email))
      throw new Error(`SANDBOX_EXTRA_USERS[${index}].email is not an e-mail address.`);
    if (typeof password !== 'string' || password === '') throw new Error(`SANDBOX_EXTRA_USERS[${index}].password is missing.`);
    if (role !== 'owner' && role !== 'user') throw new Error(`SANDBOX_EXTRA_USERS[${index}].role must be "owner" or "user".`);
    const hex = createHash('sha256').update(email.toLowerCase()).digest('hex');
    return {
      uuid: `0a0d3100-0000-4000-9000-${hex.slice(0, 12)}`,
      email,
      password,
      contractNumber: SANDBOX_CONTRACT_NUMBER,
      role,
      privileges: [MANAGE_DATAPLATFORM],
    };
  });
}

export const EXTRA_USERS: readonly SandboxUser[] = parseExtraUsers(process.env.SANDBOX_EXTRA_USERS);
for (const extra of EXTRA_USERS) {
  if (Object.values(SANDBOX_USERS).some((u) => u.email.toLowerCase() === extra.email.toLowerCase())) {
    throw new Error(`SANDBOX_EXTRA_USERS: ${extra.email} is already a sandbox user.`);
  }
}

const ALL_USERS: readonly SandboxUser[] = [...(Object.values(SANDBOX_USERS) as SandboxUser[]), ...EXTRA_USERS];

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
