import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** Tells the user that earlier input came back (after a reload or signing in again), with a way to drop it. */
export function DraftNotice({ onStartOver }: { onStartOver: () => void }) {
  return (
    <Alert role="status" variant="info">
      <AlertDescription className="flex flex-wrap items-center justify-between gap-3">
        <p>What you entered earlier in this tab is back.</p>
        <Button variant="outline" size="sm" onClick={onStartOver}>
          Start over
        </Button>
      </AlertDescription>
    </Alert>
  );
}
