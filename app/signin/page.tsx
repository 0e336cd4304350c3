import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { safeCallbackUrl } from '@/components/auth/callback-url';
import { SandboxNote } from '@/components/auth/sandbox-note';
import { SignInForm } from '@/components/auth/sign-in-form';
import { ExternalLink } from '@/components/shared/learn-more';
import { HELP_TOPICS } from '@/lib/help/topics';
import { getConfig } from '@/lib/server/config';
import { getPageSession } from '@/lib/server/session';
import { clustersHref } from '@/lib/routes';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: PageProps<'/signin'>) {
  if (await getPageSession()) redirect(clustersHref);
  const { callbackUrl } = await searchParams;
  const config = getConfig();

  return (
    <main id="main-content" className="flex min-h-dvh items-center justify-center bg-slate-50 px-4 py-10 dark:bg-slate-950">
      <div className="grid w-full max-w-md min-w-0 grid-cols-1 gap-6">
        <div className="grid gap-1 text-center">
          <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase dark:text-blue-300">IONOS Cloud</p>
          <h1 className="text-2xl font-semibold">Sign in to the Data Platform console</h1>
          <p className="text-sm text-muted-foreground">Managed Stackable Data Platform clusters and node pools.</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} />
        </div>
        <p className="text-center text-sm text-muted-foreground">
          New here? Read the <ExternalLink href={HELP_TOPICS.ionosOverview.href}>Managed Stackable documentation</ExternalLink> and how to{' '}
          <ExternalLink href={HELP_TOPICS.apiToken.href}>create an API token</ExternalLink> (IONOS).
        </p>
        {config.mode === 'sandbox' ? <SandboxNote tokenUrl={`${config.authBase}/tokens/generate`} /> : null}
      </div>
    </main>
  );
}
