// After the whole e2e run (LOG-01): the console servers' logs must hold no secret. The run's canaries (password,
// kubeconfig token), anything shaped like a JWT or JWE (the sandbox's tokens and the session cookie are such),
// credentials after a Basic or Bearer scheme, and cookie values of the console's sessions. Fails the run if
// any is found, naming the file and line, not the secret.
import { existsSync, readFileSync } from 'node:fs';
import { request } from '@playwright/test';
import { E2E } from './env';
import { sandboxControl } from './helpers';

type Finding = { file: string; line: number; what: string };

const PATTERNS: [string, RegExp][] = [
  ['canary password or kubeconfig token', /CANARY-(?:PW|KC|TOK)-/],
  ['a JWT or JWE (upstream token or session cookie)', /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{8,}/],
  // Base64 or token characters with at least one digit or symbol, so prose such as "Basic authentication" is not hit.
  ['a Basic or Bearer credential', /\b(?:Basic|Bearer)\s+(?!\[redacted\])(?=[A-Za-z0-9+/=._~-]*[0-9+/=])[A-Za-z0-9+/=._~-]{12,}/],
  ['a session or CSRF cookie value', /(?:console-session|next-auth\.[a-z-]+)(?:\.\d+)?=[^;\s"]{8,}/i],
  ['an authorization or cookie header value', /"(?:authorization|cookie|set-cookie)"\s*:\s*"(?!\[redacted\])[^"]{4,}/i],
];

export function findSecrets(text: string, file: string, literals: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  text.split('\n').forEach((content, index) => {
    for (const [what, pattern] of PATTERNS) if (pattern.test(content)) findings.push({ file, line: index + 1, what });
    for (const literal of literals)
      if (content.includes(literal)) findings.push({ file, line: index + 1, what: 'a bearer token the upstream received' });
  });
  return findings;
}

/** Tokens the sandbox saw in Authorization headers, when it is still up (its log is bounded and may be cleared). */
async function upstreamTokens(): Promise<string[]> {
  const context = await request.newContext({ timeout: 2_000 });
  try {
    const items = await sandboxControl.requests(context);
    return [
      ...new Set(
        items
          .map((r) => r.headers.authorization ?? '')
          .filter((v) => v.length > 20)
          .map((v) => v.replace(/^\S+\s+/, '')),
      ),
    ];
  } catch {
    return [];
  } finally {
    await context.dispose();
  }
}

export default async function globalTeardown(): Promise<void> {
  const logs = E2E.serverLogs.filter((file) => existsSync(file));
  if (!logs.includes(E2E.serverLog)) throw new Error(`LOG-01: ${E2E.serverLog} is missing, so the console's log could not be checked for secrets.`);
  const literals = [E2E.canaries.password, E2E.canaries.throttlePassword, ...(await upstreamTokens())];
  const findings = logs.flatMap((file) => findSecrets(readFileSync(file, 'utf8'), file, literals));
  if (findings.length > 0) {
    const list = findings
      .slice(0, 20)
      .map((f) => `  ${f.file}:${f.line}: ${f.what}`)
      .join('\n');
    throw new Error(`LOG-01: the console's server log holds secrets (${findings.length} findings):\n${list}`);
  }
  console.log(`LOG-01: no secret in ${logs.join(', ')} (${literals.length} literal values and ${PATTERNS.length} patterns checked).`);
}
