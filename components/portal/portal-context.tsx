'use client';
// Portal mode in the browser: the console layout (a server component) reads who is signed in and their roles and
// hands them down; personal mode provides null. Components ask `usePortal()` / `usePermission()` instead of
// guessing: the BFF enforces the same rules (lib/portal/policy.ts) on every request anyway.
import { createContext, useContext, type ReactNode } from 'react';
import type { PortalMe } from '@/lib/api/portal/schema';
import { authorize, type Membership, type TeamAction } from '@/lib/portal/policy';

const PortalContext = createContext<PortalMe | null>(null);

export function PortalProvider({ me, children }: { me: PortalMe | null; children: ReactNode }) {
  return <PortalContext.Provider value={me}>{children}</PortalContext.Provider>;
}

/** Who is signed in to the portal, or null in personal mode. */
export function usePortal(): PortalMe | null {
  return useContext(PortalContext);
}

export function membershipOfMe(me: PortalMe): Membership {
  const teams: Record<string, NonNullable<PortalMe['teams'][number]['role']>> = {};
  for (const team of me.teams) if (team.role) teams[team.id] = team.role;
  return { platformAdmin: me.platformAdmin, teams };
}

/**
 * May the signed-in person do `action` to a resource of `team` (null: unowned)? Always allowed in personal mode
 * (IONOS decides there). `reason` is the sentence for a disabled control.
 */
export function usePermission(action: TeamAction, team: string | null | undefined): { allowed: boolean; reason: string | null } {
  const me = usePortal();
  if (!me) return { allowed: true, reason: null };
  const decision = authorize(membershipOfMe(me), action, team ?? null);
  return decision.ok ? { allowed: true, reason: null } : { allowed: false, reason: decision.message };
}
