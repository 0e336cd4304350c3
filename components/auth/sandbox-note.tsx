import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';

/** Shown on the sign-in page in sandbox mode only: who can sign in to the embedded sandbox, and how to get a token. */
export function SandboxNote({ tokenUrl }: { tokenUrl: string }) {
  return (
    <Alert variant="warning" role="note" aria-labelledby="sandbox-note-title">
      <AlertTitle id="sandbox-note-title">Sandbox mode: no real IONOS Cloud resources</AlertTitle>
      <AlertDescription>
        <p>
          This console talks to its built-in sandbox of the Data Platform API. Demo users, both with the password <code>sandbox</code>:
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <code>admin@sandbox.test</code>: contract administrator
          </li>
          <li>
            <code>user@sandbox.test</code>: member
          </li>
        </ul>
        <p>For an API token, run:</p>
        <pre className="overflow-x-auto rounded bg-amber-100 px-2 py-1.5 text-xs dark:bg-amber-900/60">
          <code>curl -u user@sandbox.test:sandbox {tokenUrl}</code>
        </pre>
      </AlertDescription>
    </Alert>
  );
}
