import { cn } from '@/lib/utils';

type RequestBodyProps = { body: unknown; label?: string; className?: string };

/** A request's JSON, exactly as sent. Focusable, so keyboard users can scroll it; a region, so it has a name. */
export function RequestBody({ body, label = 'Request body', className }: RequestBodyProps) {
  return (
    <pre
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cn('max-h-96 overflow-auto rounded-lg border border-border-strong bg-subtle p-4 font-mono text-xs text-foreground', className)}
    >
      {JSON.stringify(body, null, 2)}
    </pre>
  );
}

/** The review step's last block: the body a create sends, and where to (`endpoint`, e.g. "POST /clusters"). */
export function RequestBodySection({ endpoint, body }: { endpoint: string; body: unknown }) {
  return (
    <div className="grid gap-2">
      <h3 className="text-base font-semibold">Request body</h3>
      <p className="text-sm text-muted-foreground">
        Sent as <code className="font-mono">{endpoint}</code> to the Data Platform API.
      </p>
      <RequestBody body={body} />
    </div>
  );
}
