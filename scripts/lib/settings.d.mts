export function loadEnvFiles(dir: string, options?: { dev?: boolean }): string[];
export type Settings = {
  mode: 'sandbox' | 'live';
  port: string;
  host: string | undefined;
  sandboxPort: string;
  publicUrl: string;
  /** CONSOLE_AUTH: `ionos` (personal mode) or `oidc` (portal mode); another value is refused when the server starts. */
  auth: string;
  /** Portal mode: the OpenID provider's issuer (no secret); null in personal mode. */
  oidcIssuer: string | null;
  /** Portal mode on the sandbox without OIDC_ISSUER: scripts/console.mjs runs the demo provider. */
  oidcDemo: boolean;
  childEnv: Record<string, string>;
};
export function resolveSettings(env: Readonly<Record<string, string | undefined>>): Settings;
