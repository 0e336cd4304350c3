import { CopySnippet } from '@/components/shared/copy-snippet';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';

/** Shown on the sign-in page in sandbox mode only: who can sign in to the embedded sandbox, and how to get a token. */
export function SandboxNote({ tokenUrl }: { tokenUrl: string }) {
  return (
    <Alert variant="warning" role="note" aria-labelledby="sandbox-note-title" className="min-w-0">
      <AlertTitle id="sandbox-note-title">Sandbox mode: no real IONOS Cloud resources</AlertTitle>
      <AlertDescription>
        <p>
          This console talks to its built-in sandbox of the Data Platform API. Demo users, all with the password <code>sandbox</code>:
        </p>
        <ul className="list-disc space-y-1 pl-5 [overflow-wrap:anywhere]">
          <li>
            <code>admin@sandbox.test</code>: contract administrator
          </li>
          <li>
            <code>user@sandbox.test</code>: member
          </li>
          <li>
            <code>noaccess@sandbox.test</code>: a member without the &ldquo;Manage Dataplatform&rdquo; privilege, to see what the console tells such a
            user
          </li>
        </ul>
        <p>For an API token, run:</p>
        <CopySnippet text={`curl -u user@sandbox.test:sandbox ${tokenUrl}`} copyLabel="Copy curl command" label="Sandbox token command" />
      </AlertDescription>
    </Alert>
  );
}
