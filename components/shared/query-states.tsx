import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { isPermissionDenied, PRIVILEGE_GUIDANCE } from '@/lib/api/access/privilege';
import { isBffError } from '@/lib/api/client';
import { cn } from '@/lib/utils';

/** A skeleton with a polite text status, since skeletons are hidden from assistive technology. */
export function LoadingBlock({ label, className }: { label: string; className?: string }) {
  return (
    <div className="grid gap-2">
      <p role="status" className="text-sm text-muted-foreground">
        {label}
      </p>
      <Skeleton className={cn('h-16 w-full', className)} />
    </div>
  );
}

/** Whether the API asked to slow down; polling then waits for Retry-After on its own. */
export function isBusyError(error: unknown): boolean {
  return isBffError(error) && (error.status === 429 || error.status === 503);
}

export const PERMISSION_HINT = PRIVILEGE_GUIDANCE;

/** What the user can do about a failed read, for the answers where there is something to say. */
export function errorHint(error: unknown): string | null {
  if (!isBffError(error)) return null;
  if (isBusyError(error)) return 'The API is busy right now. The console tries again automatically.';
  if (error.status === 403) return PERMISSION_HINT;
  if (error.status === 0) return 'The console tries again automatically once it can reach its server.';
  return null;
}

type QueryErrorProps = {
  /** "The node pools could not be loaded"; a page whose heading already says it passes none. */
  title?: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  /** A sentence on what the user can do, under the message (see `errorHint`). */
  hint?: string | null;
  /** What still shows older data under the message ("page", "list", "table"): a refresh failed, not the first read. */
  stale?: string;
};

/**
 * A read that failed, with its reason and one "Try again". A failed refresh over data still on screen, or an API
 * that asked to slow down, is a warning; anything else is an error. Forms keep everything entered meanwhile.
 * A missing privilege (403) is no passing failure: trying again cannot help, so it says whom to ask instead.
 */
export function QueryError({ title, error, onRetry, retrying, hint, stale }: QueryErrorProps) {
  const message = isBffError(error) ? error.message : 'Something went wrong in the console.';
  const denied = isPermissionDenied(error);
  const guidance = hint ?? (denied ? PERMISSION_HINT : null);
  return (
    <Alert role="alert" variant={stale || isBusyError(error) ? 'warning' : 'destructive'}>
      {title ? <AlertTitle>{title}</AlertTitle> : null}
      <AlertDescription>
        <p>
          {message}
          {stale ? ` The ${stale} shows the last known state.` : null}
        </p>
        {guidance ? <p>{guidance}</p> : null}
        {denied ? null : (
          <Button variant="outline" size="sm" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Trying again…' : 'Try again'}
          </Button>
        )}
      </AlertDescription>
    </Alert>
  );
}
