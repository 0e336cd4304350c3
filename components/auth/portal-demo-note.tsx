import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { DEMO_PASSWORD, DEMO_USERS } from '@/scripts/lib/oidc-demo-users.mjs';

/** Portal mode on the sandbox: who can sign in at the demo identity provider (scripts/oidc-demo.mjs), and as what. */
export function PortalDemoNote({ issuer }: { issuer: string }) {
  return (
    <Alert variant="warning" role="note" aria-labelledby="portal-demo-note-title" className="min-w-0">
      <AlertTitle id="portal-demo-note-title">Sandbox mode: a demo identity provider, no real IONOS Cloud resources</AlertTitle>
      <AlertDescription>
        <p>
          The console talks to its built-in sandbox of the Data Platform API and signs people in at its demo identity provider (
          <code className="[overflow-wrap:anywhere]">{issuer}</code>). Demo users, all with the password <code>{DEMO_PASSWORD}</code>:
        </p>
        <ul className="list-disc space-y-1 pl-5 [overflow-wrap:anywhere]">
          {DEMO_USERS.map((user) => (
            <li key={user.email}>
              <code>{user.email}</code>: {user.role}
            </li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
