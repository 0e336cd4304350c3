// GET|POST /api/auth/* – next-auth: CSRF token, sign-in callbacks, session, sign-out (public by design), behind the
// checks of lib/server/auth/route-guard.ts (input, body cap, the console's own session check, JSON errors).
import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/server/auth/options';
import { guardAuthRoute } from '@/lib/server/auth/route-guard';

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so a misconfigured environment fails at use, not at build time.
async function handler(req: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  return guardAuthRoute(req, nextauth, (checked) => NextAuth(checked as never, context as never, authOptions()));
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE, handler as OPTIONS };
