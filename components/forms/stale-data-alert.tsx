import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { isApiError } from '@/lib/api/client';

type StaleDataAlertProps = {
  /** "The node pools could not be refreshed". */
  title: string;
  error: unknown;
  /** What stays on screen meanwhile: "page", "list". */
  shows: string;
  onRetry: () => void;
  retrying: boolean;
};

/** Over data still on screen: the last refresh failed, so what is shown may be out of date. */
export function StaleDataAlert({ title, error, shows, onRetry, retrying }: StaleDataAlertProps) {
  return (
    <Alert role="alert" variant="warning">
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <p>
          {isApiError(error) ? error.message : 'Something went wrong in the console.'} The {shows} shows the last known state.
        </p>
        <Button variant="outline" size="sm" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Trying again…' : 'Try again'}
        </Button>
      </AlertDescription>
    </Alert>
  );
}
