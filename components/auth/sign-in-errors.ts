// What a failed sign-in says. Unknown user and wrong password get the same message on purpose.
import { describeStatus } from '@/lib/shared/http';

export type SignInMethod = 'password' | 'token';
/** Portal mode's one way in: next-auth's OpenID provider (lib/server/auth/oidc.ts OIDC_PROVIDER_ID). */
export const OIDC_SIGN_IN = 'oidc';

/** Portal mode: next-auth's codes for the OpenID flow (/signin?error=…). */
function providerErrorMessage(error: string | null | undefined): string | undefined {
  switch (error) {
    case 'OAuthSignin':
      return "The sign-in with your organisation's account could not start: its identity provider can't be reached. Try again in a moment.";
    // Callback: the provider sent an error back (cancelled, refused); OAuthCallback: its answer failed the checks.
    case 'Callback':
    case 'OAuthCallback':
      return 'Your identity provider did not complete the sign-in: it was cancelled, or the provider refused it. Try again.';
    default:
      return undefined;
  }
}

export function signInErrorMessage(method: SignInMethod | typeof OIDC_SIGN_IN, error: string | null | undefined): string {
  const fromProvider = method === OIDC_SIGN_IN ? providerErrorMessage(error) : undefined;
  if (fromProvider) return fromProvider;
  switch (error) {
    case 'invalid_credentials':
      return method === 'password' ? 'The user name or password is wrong.' : 'The token was not accepted.';
    case 'too_many_attempts':
      return 'Too many sign-in attempts. Wait a few minutes, then try again.';
    case 'upstream_unavailable':
      return "The IONOS Cloud API can't be reached right now. Try again in a moment.";
    case 'session_store_unavailable':
      return "The console can't check sign-ins right now. Try again in a moment.";
    case 'network':
      // No answer at all: the console's one sentence for status 0.
      return describeStatus(0);
    default:
      return 'Signing in failed. Try again.';
  }
}
