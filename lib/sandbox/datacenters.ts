// The virtual data centers of the sandbox contract, as the Cloud API v6 would describe them.
import { isContractAdmin, type SandboxUser } from '@/lib/sandbox/users';

export interface CpuArchitecture {
  cpuFamily: string;
  maxCores: number;
  /** MB, like the Cloud API. */
  maxRam: number;
  vendor: string;
}

export interface SandboxLan {
  id: string;
  name: string;
  public: boolean;
}

export interface SandboxDatacenter {
  id: string;
  name: string;
  description: string;
  location: string;
  cpuArchitecture: CpuArchitecture[];
  lans: SandboxLan[];
  /** Shared with every user of the contract; otherwise only the administrator sees it. */
  shared: boolean;
}

export const DATACENTER_IDS = {
  frankfurt: '0f0a3c8e-5b1d-4c2e-9a61-1d2b3c4d5e01',
  berlin: '0f0a3c8e-5b1d-4c2e-9a61-1d2b3c4d5e02',
  logrono: '0f0a3c8e-5b1d-4c2e-9a61-1d2b3c4d5e03',
} as const;

const INTEL: CpuArchitecture = { cpuFamily: 'INTEL_SKYLAKE', maxCores: 16, maxRam: 65536, vendor: 'GenuineIntel' };
const AMD: CpuArchitecture = { cpuFamily: 'AMD_EPYC', maxCores: 32, maxRam: 131072, vendor: 'AuthenticAMD' };
const ICELAKE: CpuArchitecture = { cpuFamily: 'INTEL_ICELAKE', maxCores: 24, maxRam: 98304, vendor: 'GenuineIntel' };

export const SANDBOX_DATACENTERS: readonly SandboxDatacenter[] = [
  {
    id: DATACENTER_IDS.frankfurt,
    name: 'analytics-fra',
    description: 'Shared analytics data center',
    location: 'de/fra',
    cpuArchitecture: [INTEL, AMD],
    lans: [
      { id: '1', name: 'public', public: true },
      { id: '2', name: 'backend', public: false },
      { id: '3', name: 'storage', public: false },
    ],
    shared: true,
  },
  {
    id: DATACENTER_IDS.berlin,
    name: 'streaming-txl',
    description: 'Shared streaming data center',
    location: 'de/txl',
    cpuArchitecture: [AMD, ICELAKE],
    lans: [
      { id: '1', name: 'internet', public: true },
      { id: '2', name: 'private', public: false },
    ],
    shared: true,
  },
  {
    id: DATACENTER_IDS.logrono,
    name: 'admin-vit',
    description: 'Administrators only',
    location: 'es/vit',
    cpuArchitecture: [INTEL],
    lans: [
      { id: '1', name: 'public', public: true },
      { id: '2', name: 'management', public: false },
    ],
    shared: false,
  },
];

/** Ids may come without hyphens (the contract's DatacenterId pattern allows both forms). */
export function normaliseUuid(id: string): string {
  return id.toLowerCase().replace(/-/g, '');
}

export function visibleDatacenters(user: SandboxUser): SandboxDatacenter[] {
  return SANDBOX_DATACENTERS.filter((dc) => dc.shared || isContractAdmin(user));
}

export function findVisibleDatacenter(user: SandboxUser, id: string): SandboxDatacenter | undefined {
  const wanted = normaliseUuid(id);
  return visibleDatacenters(user).find((dc) => normaliseUuid(dc.id) === wanted);
}

export function findDatacenter(id: string): SandboxDatacenter | undefined {
  const wanted = normaliseUuid(id);
  return SANDBOX_DATACENTERS.find((dc) => normaliseUuid(dc.id) === wanted);
}
