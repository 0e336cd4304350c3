import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signInPath } from '@/lib/api/client';
import { getPageSession, type ConsoleSession } from '@/lib/server/session';

/**
 * The session of a console page, or a redirect to sign-in that comes back to the requested page
 * (the proxy passes its path and search as `x-console-path`). Call it in every console layout and page:
 * layouts and pages render in parallel, so a page must not rely on its layout's check.
 */
export async function requirePageSession(): Promise<ConsoleSession> {
  const session = await getPageSession();
  if (session) return session;
  const path = (await headers()).get('x-console-path');
  redirect(path?.startsWith('/') && !path.startsWith('//') ? signInPath(path) : '/signin');
}
