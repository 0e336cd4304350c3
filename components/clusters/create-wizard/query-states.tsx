import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { isApiError } from '@/lib/api/client';
import { cn } from '@/lib/utils';

/** A skeleton with a polite text status, since skeletons are hidden from assistive technology. */
export function LoadingBlock({ label, className }: { label: string; className?: string }) {
  return (
    <div className="grid gap-2">
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {label}
      </p>
      <Skeleton className={cn('h-16 w-full', className)} />
    </div>
  );
}

type QueryErrorProps = { title: string; error: unknown; onRetry: () => void; retrying: boolean };

/** A read that failed, with its reason and a retry; the form keeps everything entered meanwhile. */
export function QueryError({ title, error, onRetry, retrying }: QueryErrorProps) {
  const message = isApiError(error) ? error.message : 'Something went wrong in the console.';
  return (
    <Alert role="alert" variant="destructive">
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <p>{message}</p>
        <Button variant="outline" size="sm" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Trying again…' : 'Try again'}
        </Button>
      </AlertDescription>
    </Alert>
  );
}

/** A validation message outside the Field primitive (radio groups, checkbox lists). */
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700 dark:text-red-300">
      {message}
    </p>
  );
}
