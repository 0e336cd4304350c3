import { portalRoleLabels } from '@/components/console/portal-roles';
import { Badge } from '@/components/ui/badge';
import type { PortalMe } from '@/lib/api/portal/schema';
import { CONTRACT_ROLE_LABELS, contractRole } from '@/lib/format/role';

/** The user's role in the contract, from the token; nothing when the token does not say a role the console knows. */
export function UserRole({ role }: { role: string | undefined }) {
  const known = contractRole(role);
  if (!known) return null;
  return (
    <Badge
      variant={known === 'administrator' ? 'info' : 'neutral'}
      className="max-sm:hidden"
      title={
        known === 'administrator'
          ? 'You administer the contract: you see and can change every cluster in it.'
          : 'You are a member of the contract: you see the clusters your privileges allow.'
      }
    >
      {CONTRACT_ROLE_LABELS[known]}
    </Badge>
  );
}

/** Portal mode: the person's roles (platform admin, and per team) instead of a contract role. */
export function PortalRoles({ me }: { me: PortalMe }) {
  const labels = portalRoleLabels(me);
  return (
    <ul aria-label="Your roles" className="flex min-w-0 flex-wrap justify-end gap-1 max-sm:hidden">
      {labels.length === 0 ? (
        <li>
          <Badge variant="muted" title="None of your groups has a role in a team: ask your platform team.">
            No team role
          </Badge>
        </li>
      ) : (
        labels.map((label, index) => (
          <li key={label}>
            <Badge variant={me.platformAdmin && index === 0 ? 'info' : 'neutral'}>{label}</Badge>
          </li>
        ))
      )}
    </ul>
  );
}
