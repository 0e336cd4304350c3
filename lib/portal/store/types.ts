// The portal's stored state, as interfaces: cluster ownership, the audit log and personal access tokens. Implemented
// once over the query layer (lib/portal/db), for SQLite (the embedded default) and PostgreSQL (DATABASE_URL).

export type Actor = { sub: string; email: string };

// ── Ownership ────────────────────────────────────────────────────────────────────────────────────────────────────
/** Which team owns a cluster, and who really created it (upstream only sees the service credential). */
export type Ownership = {
  clusterId: string;
  team: string;
  /** Who created it in the portal; null for a cluster a platform admin assigned. */
  createdBy: Actor | null;
  /** ISO 8601 UTC. */
  createdAt: string;
  /** Who last assigned or moved it (platform admins), null when it was created in the portal. */
  assignedBy: Actor | null;
  assignedAt: string | null;
};

export interface OwnershipStore {
  get(clusterId: string): Promise<Ownership | null>;
  /** Every row (a contract has at most a few thousand clusters). */
  all(): Promise<Ownership[]>;
  /** Records a create: inserts, or replaces a row of a deleted cluster with the same id. */
  recordCreate(clusterId: string, team: string, createdBy: Actor): Promise<Ownership>;
  /** A platform admin assigns an unowned cluster or moves it to another team. */
  assign(clusterId: string, team: string, by: Actor): Promise<Ownership>;
  /** The cluster was deleted. */
  remove(clusterId: string): Promise<void>;
}

// ── Audit ────────────────────────────────────────────────────────────────────────────────────────────────────────
export const AUDIT_ACTIONS = [
  'signin',
  'signout',
  'cluster.create',
  'cluster.edit',
  'cluster.upgrade',
  'cluster.delete',
  'cluster.assign',
  'nodepool.create',
  'nodepool.edit',
  'nodepool.scale',
  'nodepool.delete',
  'kubeconfig.download',
  'token.create',
  'token.revoke',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** success: done; refused: the portal said no (role, quota, bad input) and nothing went upstream; failed: upstream said no. */
export type AuditOutcome = 'success' | 'refused' | 'failed';

export type AuditInput = {
  actor: Actor;
  /** The team the target belongs to (null: unowned, or not about a team, e.g. sign-in). */
  team: string | null;
  action: AuditAction;
  target?: { type: 'cluster' | 'nodepool' | 'token' | 'session'; id: string; name?: string | null } | null;
  /** Changed fields, e.g. { nodeCount: { from: 2, to: 3 } } or a create's body. Never secrets or kubeconfig content. */
  changes?: Record<string, unknown> | null;
  outcome: AuditOutcome;
  /** HTTP status answered to the browser, when there was a request. */
  status?: number | null;
  /** Why it was refused or failed (the message the user saw). */
  reason?: string | null;
  requestId?: string | null;
  /** How the actor came: the browser session or a personal access token (its id). */
  via?: { kind: 'session' } | { kind: 'token'; tokenId: string } | null;
};

export type AuditEntry = Required<{ [K in keyof AuditInput]: Exclude<AuditInput[K], undefined> }> & {
  /** Position in the chain, 1-based, strictly increasing. */
  seq: number;
  /** ISO 8601 UTC with milliseconds. */
  at: string;
  /** Hex SHA-256 of the previous entry's hash and this entry's canonical JSON (see lib/portal/store/audit-hash.ts). */
  prevHash: string;
  hash: string;
};

export type AuditQuery = {
  /** Teams whose entries may be returned; 'all' for platform admins. Entries without a team are platform-only. */
  visibleTeams: readonly string[] | 'all';
  team?: string;
  /** Actor email or subject, exact (case-insensitive for email). */
  actor?: string;
  action?: AuditAction;
  /** ISO 8601 bounds, inclusive from, exclusive to. */
  from?: string;
  to?: string;
  /** Newest first. */
  limit: number;
  offset: number;
};

export type AuditVerification =
  { ok: true; entries: number; firstSeq: number | null; lastSeq: number | null } | { ok: false; entries: number; brokenSeq: number; reason: string };

export interface AuditStore {
  /** Appends one entry to the chain; concurrent appends (also from other instances on PostgreSQL) are serialised. */
  append(input: AuditInput): Promise<AuditEntry>;
  query(q: AuditQuery): Promise<{ entries: AuditEntry[]; total: number }>;
  /** Every entry of a query without paging, oldest first, in batches (exports). */
  stream(q: Omit<AuditQuery, 'limit' | 'offset'>): AsyncIterable<AuditEntry>;
  /** Recomputes the chain; names the first entry whose hash or link is wrong. */
  verify(): Promise<AuditVerification>;
  /** Deletes entries older than `days`; the first kept entry's prevHash stays the anchor of the chain. */
  prune(days: number): Promise<number>;
}

// ── Personal access tokens ───────────────────────────────────────────────────────────────────────────────────────
export type AccessToken = {
  id: string;
  owner: Actor;
  name: string;
  /** The teams it reads, fixed at creation: the owner's teams with at least the member role then. */
  teams: string[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export interface TokenStore {
  /** Creates a token; `secret` is shown once and never stored (only its SHA-256). */
  create(input: { owner: Actor; name: string; teams: string[]; expiresAt: string }): Promise<{ secret: string; token: AccessToken }>;
  /** The owner's tokens, newest first (revoked and expired ones included, marked). */
  list(ownerSub: string): Promise<AccessToken[]>;
  /** The live token for a presented secret (not expired, not revoked) and records its use; null otherwise. */
  authenticate(secret: string): Promise<AccessToken | null>;
  /** Revokes the owner's token (again: keeps the first time); null when there is no such token of theirs. */
  revoke(id: string, ownerSub: string): Promise<AccessToken | null>;
}

/** Personal access tokens start with this, so secret scanners and people recognise them. */
export const ACCESS_TOKEN_PREFIX = 'dpc_';
