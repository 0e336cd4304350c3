'use client';

import { useEffect } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

// Unexpected failures while rendering a console page. Errors of API calls are shown where they happen.
export default function ConsoleError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;
  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <Alert role="alert" variant="destructive">
        <AlertTitle>This page could not be shown.</AlertTitle>
        <AlertDescription>
          <p>Try again. If it keeps failing, reload the page or sign in again.</p>
          {digest ? <p className="text-xs">Reference: {digest}</p> : null}
          <Button variant="outline" size="sm" onClick={() => retry()}>
            Try again
          </Button>
        </AlertDescription>
      </Alert>
    </div>
  );
}
