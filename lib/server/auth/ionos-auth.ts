// The Auth API calls of sign-in and sign-out: mint a token from a password, check a pasted token, revoke.
import 'server-only';
import { z } from 'zod';
import { getConfig } from '@/lib/server/config';
import { log } from '@/lib/server/log';
import { callUpstream, UpstreamError } from '@/lib/server/upstream/client';
import { SignInError } from '@/lib/server/auth/errors';
import { isPlausibleToken } from '@/lib/server/auth/ionos-token';

const generatedTokenSchema = z.object({ token: z.string() });

function failure(status: number): SignInError {
  if (status === 401 || status === 403) return new SignInError('invalid_credentials');
  if (status === 429) return new SignInError('too_many_attempts');
  return new SignInError('upstream_unavailable');
}

async function attempt<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof SignInError) throw error;
    const cause = error instanceof UpstreamError ? error.failure?.cause : undefined;
    log.warn({ event: 'signin.upstream-error', cause: cause ?? 'other', message: error instanceof Error ? error.message : 'unknown' });
    throw new SignInError('upstream_unavailable');
  }
}

/** Exchanges user name and password for a token valid as long as the console session (never longer). */
export async function exchangePassword(username: string, password: string): Promise<string> {
  const basic = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
  const res = await attempt(() =>
    callUpstream({
      api: 'auth',
      method: 'GET',
      template: '/tokens/generate',
      query: { ttl: String(getConfig().sessionMaxSeconds) },
      authorization: `Basic ${basic}`,
    }),
  );
  if (res.status !== 200) throw failure(res.status);
  const parsed = generatedTokenSchema.safeParse(res.body);
  if (!parsed.success || !isPlausibleToken(parsed.data.token)) throw new SignInError('upstream_unavailable');
  return parsed.data.token;
}

/** A pasted token is accepted when the Data Platform API accepts it. */
export async function verifyToken(token: string): Promise<void> {
  const res = await attempt(() => callUpstream({ api: 'dataplatform', method: 'GET', template: '/versions', authorization: `Bearer ${token}` }));
  if (res.status === 200) return;
  throw failure(res.status);
}

/** Sign-out: the token the console minted is revoked upstream. Failures are logged, never shown. */
export async function revokeMintedToken(token: string): Promise<void> {
  try {
    const res = await callUpstream({
      api: 'auth',
      method: 'DELETE',
      template: '/tokens',
      query: { criteria: 'CURRENT' },
      authorization: `Bearer ${token}`,
    });
    if (res.status >= 300) log.warn({ event: 'signout.revoke-failed', status: res.status });
  } catch (error) {
    log.warn({ event: 'signout.revoke-failed', message: error instanceof Error ? error.message : 'unknown' });
  }
}
