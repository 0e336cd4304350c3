import { HelpMenu } from '@/components/console/help-menu';
import { SignOutButton } from '@/components/console/sign-out-button';
import { UserRole } from '@/components/console/user-role';
import { ConsoleSearch } from '@/components/search/console-search';
import { Badge } from '@/components/ui/badge';

type ConsoleHeaderProps = {
  user: { name: string; email?: string; contractNumber?: string; role?: string };
  sandbox: boolean;
};

export function ConsoleHeader({ user, sandbox }: ConsoleHeaderProps) {
  return (
    <header className="flex h-14 shrink-0 items-center justify-end gap-4 border-b border-slate-200 bg-white px-4 md:px-6 dark:border-slate-800 dark:bg-slate-900">
      {sandbox ? (
        <Badge variant="warning" className="mr-auto" title="The console talks to its built-in sandbox, not to IONOS Cloud.">
          Sandbox
        </Badge>
      ) : null}
      <ConsoleSearch />
      <HelpMenu />
      <UserRole role={user.role} />
      <div className="flex min-w-0 flex-col items-end text-right leading-tight">
        <span className="truncate text-sm font-medium" title={user.email}>
          {user.name}
        </span>
        {user.contractNumber ? <span className="text-xs text-subtle-foreground">Contract {user.contractNumber}</span> : null}
      </div>
      <SignOutButton />
    </header>
  );
}
