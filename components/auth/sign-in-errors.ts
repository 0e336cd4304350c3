// What a failed sign-in says. Unknown user and wrong password get the same message on purpose.
import { describeStatus } from '@/lib/shared/http';

export type SignInMethod = 'password' | 'token';

export function signInErrorMessage(method: SignInMethod, error: string | null | undefined): string {
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
