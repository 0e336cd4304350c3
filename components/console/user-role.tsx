import { Badge } from '@/components/ui/badge';
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
