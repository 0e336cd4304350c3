// The demo OpenID provider of portal mode on the sandbox (`CONSOLE_AUTH=oidc npm start`, `npm run oidc-demo`): a real
// OpenID Connect provider (the `oidc-provider` package) on loopback, with the four demo people of
// scripts/lib/oidc-demo-users.mjs and one client, the console. Authorization code with PKCE (S256) only; the ID token
// carries email, name and groups. Its own login page (Email, Password, Sign in); consent is implied for this one
// first-party client; RP-initiated logout goes straight back to the console. Keys are made at start, kept in memory.
import { createHash, generateKeyPairSync, randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { Provider } from 'oidc-provider';
import { DEMO_PASSWORD, DEMO_USERS } from './oidc-demo-users.mjs';

/** The console's client, as lib/server/config.ts DEMO_OIDC_CLIENT names it. */
export const DEMO_CLIENT_ID = 'console';
export const DEMO_CLIENT_SECRET = 'portal-demo-client-secret';
export const DEMO_SCOPES = ['openid', 'email', 'profile', 'groups'];
const MAX_FORM_BYTES = 4096;

/**
 * The console instances the client may return to: NEXTAUTH_URL (else http://localhost:$PORT, as scripts/console.mjs
 * defaults it) and every entry of the comma-separated OIDC_DEMO_REDIRECT_ORIGINS (several consoles, as in e2e).
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {string[]} base URLs without a trailing slash
 */
export function demoConsoleUrls(env) {
  const raw = [env.NEXTAUTH_URL || `http://localhost:${env.PORT || '3000'}`, ...(env.OIDC_DEMO_REDIRECT_ORIGINS ?? '').split(',')];
  const urls = new Set();
  for (const entry of raw.map((value) => value.trim()).filter(Boolean)) {
    let url;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`OIDC_DEMO_REDIRECT_ORIGINS / NEXTAUTH_URL: "${entry}" is not a URL.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`"${entry}" must be an http(s) URL.`);
    urls.add(`${url.origin}${url.pathname.replace(/\/+$/, '')}`);
  }
  return [...urls];
}

/** The console's client registration for the given console base URLs. */
export function demoClient(consoleUrls) {
  return {
    client_id: DEMO_CLIENT_ID,
    client_secret: DEMO_CLIENT_SECRET,
    client_name: 'Data Platform console',
    redirect_uris: consoleUrls.map((url) => `${url}/api/auth/callback/oidc`),
    post_logout_redirect_uris: consoleUrls.map((url) => `${url}/signin`),
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  };
}

const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const STYLE = `
:root{color-scheme:light dark;font-family:system-ui,sans-serif;--bg:#f8fafc;--card:#fff;--fg:#0f172a;--muted:#475569;--line:#cbd5e1;--accent:#1d4ed8;--error-bg:#fef2f2;--error:#991b1b}
@media (prefers-color-scheme:dark){:root{--bg:#020617;--card:#0f172a;--fg:#f1f5f9;--muted:#cbd5e1;--line:#475569;--accent:#93c5fd;--error-bg:#450a0a;--error:#fecaca}}
body{margin:0;background:var(--bg);color:var(--fg)}main{max-width:24rem;margin:3rem auto;padding:1.5rem;background:var(--card);border:1px solid var(--line);border-radius:.75rem}
h1{font-size:1.4rem;margin:0 0 .25rem}p{color:var(--muted);margin:.25rem 0 1rem}form{display:grid;gap:.5rem}label{font-weight:600}
input{font:inherit;padding:.5rem;border:1px solid var(--line);border-radius:.375rem;background:var(--card);color:var(--fg)}
button{font:inherit;font-weight:600;padding:.55rem;border-radius:.375rem;border:1px solid var(--accent);cursor:pointer;margin-top:.5rem}
.primary{background:var(--accent);color:var(--card)}.secondary{background:transparent;color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}[role=alert]{background:var(--error-bg);color:var(--error);padding:.5rem .75rem;border-radius:.375rem;margin-bottom:.75rem}`;

/** A whole page. Scripts are allowed by hash only (the logout page's auto-submit). */
function page(ctx, title, body, script = '') {
  const scriptHash = script ? ` 'sha256-${createHash('sha256').update(script).digest('base64')}'` : '';
  ctx.set(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'unsafe-inline'; script-src${scriptHash || " 'none'"}; base-uri 'none'; frame-ancestors 'none'`,
  );
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'html';
  ctx.body = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Demo identity provider</title><style>${STYLE}</style></head><body><main>${body}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;
}

function loginPage(ctx, uid, { email = '', error = '' } = {}) {
  const alert = error ? `<div role="alert" id="login-error">${escapeHtml(error)}</div>` : '';
  const described = error ? ' aria-describedby="login-error"' : '';
  page(
    ctx,
    'Sign in',
    `<h1>Sign in</h1><p>Demo identity provider of the Data Platform console. Every demo user's password is <code>${DEMO_PASSWORD}</code>.</p>${alert}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(email)}"${error ? '' : ' autofocus'}${described}>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required${error ? ' autofocus' : ''}${described}>
<button type="submit" class="primary">Sign in</button></form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort"><button type="submit" class="secondary">Cancel</button></form>`,
  );
}

/** Constant-time comparison of two strings of any length. */
function sameSecret(given, expected) {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function findDemoUser(email, password) {
  const user = DEMO_USERS.find((u) => u.email === String(email).trim().toLowerCase());
  const passwordOk = sameSecret(String(password), DEMO_PASSWORD);
  return user && passwordOk ? user : undefined;
}

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw Object.assign(new Error('form too large'), { status: 413 });
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * The provider's settings for `consoleUrls`, with keys made now: one RSA key for ID tokens, one cookie key.
 * @param {string[]} consoleUrls
 */
export function demoConfiguration(consoleUrls) {
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  return {
    clients: [demoClient(consoleUrls)],
    jwks: { keys: [{ ...signingKey, use: 'sig', alg: 'RS256', kid: randomBytes(8).toString('hex') }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    scopes: DEMO_SCOPES,
    responseTypes: ['code'],
    // The requested claims go into the ID token itself (the console reads only the ID token), not only userinfo.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // The console is the only client and asked for the logout itself (its sign-out button): no "are you sure"
        // page, the form submits itself. Without a known client the question is asked.
        async logoutSource(ctx, form) {
          if (ctx.oidc.client?.clientId === DEMO_CLIENT_ID) {
            const auto = form.replace(
              '</form>',
              '<input type="hidden" name="logout" value="yes"><noscript><button type="submit" class="primary">Sign out</button></noscript></form>',
            );
            page(ctx, 'Signing out', `<h1>Signing out…</h1>${auto}`, "document.getElementById('op.logoutForm').submit();");
            return;
          }
          page(
            ctx,
            'Sign out',
            `<h1>Sign out of the demo identity provider?</h1>${form}<button type="submit" form="op.logoutForm" name="logout" value="yes" class="primary">Sign out</button><button type="submit" form="op.logoutForm" class="secondary">Stay signed in</button>`,
          );
        },
        async postLogoutSuccessSource(ctx) {
          page(ctx, 'Signed out', '<h1>Signed out</h1><p>You are signed out of the demo identity provider.</p>');
        },
      },
    },
    // Consent is implied for the console (first-party): its grant is made here instead of asking.
    async loadExistingGrant(ctx) {
      const { client, session } = ctx.oidc;
      const grantId = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
      const grant = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      if (client.clientId !== DEMO_CLIENT_ID) return grant;
      const own = grant ?? new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      own.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(' '));
      await own.save();
      return own;
    },
    async findAccount(_ctx, sub) {
      const user = DEMO_USERS.find((u) => u.sub === sub);
      if (!user) return undefined;
      return {
        accountId: user.sub,
        async claims() {
          return { sub: user.sub, email: user.email, email_verified: true, name: user.name, groups: [...user.groups] };
        },
      };
    },
    async renderError(ctx, out) {
      const details = Object.entries(out)
        .map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</p>`)
        .join('');
      page(ctx, 'Sign-in error', `<h1>The sign-in request was refused</h1>${details}<p>Go back to the console and start again.</p>`);
    },
    ttl: { AccessToken: 3600, IdToken: 3600, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600 },
  };
}

/**
 * Runs the provider on 127.0.0.1:`port` for `consoleUrls` until `close()` is called.
 * @param {{ port: number, consoleUrls: string[] }} options
 */
export async function startOidcDemo({ port, consoleUrls }) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, demoConfiguration(consoleUrls));

  // The login page (oidc-provider's "interactions"): /interaction/:uid, its form posts to …/login or …/abort.
  provider.use(async (ctx, next) => {
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(ctx.path);
    if (!match) return next();
    const [, uid, action] = match;
    const { req, res } = ctx;
    const details = await provider.interactionDetails(req, res).catch(() => undefined);
    if (details?.uid !== uid) {
      ctx.status = 400;
      page(ctx, 'Sign-in expired', '<h1>This sign-in has expired</h1><p>Go back to the console and sign in again.</p>');
      return;
    }
    if (!action) {
      if (ctx.method !== 'GET' && ctx.method !== 'HEAD') ctx.throw(405);
      loginPage(ctx, uid);
      return;
    }
    if (ctx.method !== 'POST') ctx.throw(405);
    /** Ends the interaction: oidc-provider answers the browser itself (303 back into the authorization). */
    const finish = (result) => {
      ctx.respond = false;
      return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    };
    if (action === 'abort') return finish({ error: 'access_denied', error_description: 'The sign-in was cancelled.' });
    const form = await readForm(req).catch(() => ctx.throw(413));
    const email = form.get('email') ?? '';
    const user = findDemoUser(email, form.get('password') ?? '');
    if (!user) {
      ctx.status = 401;
      loginPage(ctx, uid, { email, error: 'The email or password is wrong.' });
      return;
    }
    return finish({ login: { accountId: user.sub } });
  });

  const server = http.createServer(provider.callback());
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  return {
    issuer,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
