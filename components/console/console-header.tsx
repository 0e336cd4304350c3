import { HelpMenu } from '@/components/console/help-menu';
import { SignOutButton } from '@/components/console/sign-out-button';
import { PortalRoles, UserRole } from '@/components/console/user-role';
import { ConsoleSearch } from '@/components/search/console-search';
import { Badge } from '@/components/ui/badge';
import type { PortalMe } from '@/lib/api/portal/schema';

type ConsoleHeaderProps = {
  user: { name: string; email?: string; contractNumber?: string; role?: string };
  sandbox: boolean;
  /** Portal mode: the person and their teams' roles stand where personal mode shows the IONOS contract. */
  portal?: PortalMe | null;
};

export function ConsoleHeader({ user, sandbox, portal }: ConsoleHeaderProps) {
  return (
    <header className="flex h-14 shrink-0 items-center justify-end gap-4 border-b border-slate-200 bg-white px-4 md:px-6 dark:border-slate-800 dark:bg-slate-900">
      {sandbox ? (
        <Badge variant="warning" className="mr-auto" title="The console talks to its built-in sandbox, not to IONOS Cloud.">
          Sandbox
        </Badge>
      ) : null}
      <ConsoleSearch />
      <HelpMenu />
      {portal ? <PortalRoles me={portal} /> : <UserRole role={user.role} />}
      <div className="flex min-w-0 flex-col items-end text-right leading-tight">
        <span className="truncate text-sm font-medium" title={user.email}>
          {portal ? portal.user.name || portal.user.email : user.name}
        </span>
        {portal ? (
          <span className="truncate text-xs text-subtle-foreground">{portal.user.email}</span>
        ) : user.contractNumber ? (
          <span className="text-xs text-subtle-foreground">Contract {user.contractNumber}</span>
        ) : null}
      </div>
      <SignOutButton />
    </header>
  );
}
