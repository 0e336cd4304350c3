// Every key this console uses in the browser's localStorage and sessionStorage, in one scheme:
// `console:<name>:v<version>`. The version is part of the key: a store whose stored format changes takes a
// new version, and values in the old format are never read again (they are only niceties, not data).

/** `console:<name>:v<version>`, or `console:<name>:v<version>:<suffix>` for one of a family (e.g. per cluster). */
export function storageKey(name: string, version: number, suffix?: string): string {
  const key = `console:${name}:v${version}`;
  return suffix === undefined ? key : `${key}:${suffix}`;
}

export const STORAGE_KEYS = {
  /** localStorage: clusters and node pools this browser changed, until the platform settles them (lib/watch). */
  watched: storageKey('watched', 1),
  /** localStorage: "on" when the user opted in to browser notifications (components/watch). */
  browserNotifications: storageKey('browser-notifications', 1),
  /** localStorage: durations of earlier changes, for the provisioning estimate (components/clusters/detail). */
  changeDurations: storageKey('change-durations', 1),
  /** sessionStorage: outcomes this tab has toasted, so a reload shows none twice (components/watch). */
  toastedOutcomes: storageKey('toasted-outcomes', 1),
  /** sessionStorage: the create-cluster wizard's draft. */
  createClusterDraft: storageKey('create-cluster-draft', 1),
  /** sessionStorage: the node pool wizard's draft, one per cluster (and pool being replaced): pass the suffix. */
  createNodePoolDraft: (suffix: string) => storageKey('create-nodepool-draft', 1, suffix),
} as const;
