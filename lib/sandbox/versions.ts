// The Data Platform versions the sandbox offers, oldest first (GET /versions answers them in this order).

export const SANDBOX_VERSIONS = ['24.3', '24.7', '24.11', '25.3'] as const;
export const DEFAULT_VERSION: string = SANDBOX_VERSIONS[SANDBOX_VERSIONS.length - 1]!;

// Each release ships with its own build revision; the number only has to be a stable integer.
const REVISIONS: Record<string, number> = { '24.3': 4, '24.7': 3, '24.11': 2, '25.3': 1 };

export function isKnownVersion(version: string): boolean {
  return (SANDBOX_VERSIONS as readonly string[]).includes(version);
}

export function revisionOf(version: string): number {
  return REVISIONS[version] ?? 1;
}

/** Versions newer than `version`, oldest first: the upgrades a cluster on `version` may take. */
export function upgradesFrom(version: string): string[] {
  const index = (SANDBOX_VERSIONS as readonly string[]).indexOf(version);
  return index < 0 ? [] : SANDBOX_VERSIONS.slice(index + 1);
}
