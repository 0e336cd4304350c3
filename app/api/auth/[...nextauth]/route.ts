// GET|POST /api/auth/* – next-auth: CSRF token, sign-in callbacks, session, sign-out (public by design)
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/server/auth/options';

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so a misconfigured environment fails at use, not at build time.
async function handler(req: Request, context: Context) {
  return NextAuth(req as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
