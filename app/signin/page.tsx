import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { safeCallbackUrl } from '@/components/auth/callback-url';
import { PortalDemoNote } from '@/components/auth/portal-demo-note';
import { SandboxNote } from '@/components/auth/sandbox-note';
import { OIDC_SIGN_IN, signInErrorMessage } from '@/components/auth/sign-in-errors';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SsoSignInForm } from '@/components/auth/sso-sign-in-form';
import { ExternalLink } from '@/components/shared/learn-more';
import { HELP_TOPICS } from '@/lib/help/topics';
import { getConfig } from '@/lib/server/config';
import { getPageSession } from '@/lib/server/session';
import { clustersHref } from '@/lib/routes';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: PageProps<'/signin'>) {
  if (await getPageSession()) redirect(clustersHref);
  const { callbackUrl, error } = await searchParams;
  const config = getConfig();
  const portal = config.portal;
  // Only portal mode is sent back here with an error (by the identity provider, through next-auth); the personal forms
  // show theirs themselves.
  const errorCode = Array.isArray(error) ? error[0] : error;

  return (
    <main id="main-content" className="flex min-h-dvh items-center justify-center bg-slate-50 px-4 py-10 dark:bg-slate-950">
      <div className="grid w-full max-w-md min-w-0 grid-cols-1 gap-6">
        <div className="grid gap-1 text-center">
          <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase dark:text-blue-300">IONOS Cloud</p>
          <h1 className="text-2xl font-semibold">Sign in to the Data Platform console</h1>
          <p className="text-sm text-muted-foreground">
            {portal ? 'Your teams’ Managed Stackable Data Platform clusters.' : 'Managed Stackable Data Platform clusters and node pools.'}
          </p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          {portal ? (
            <SsoSignInForm
              callbackUrl={safeCallbackUrl(callbackUrl)}
              initialFailure={errorCode ? signInErrorMessage(OIDC_SIGN_IN, errorCode) : null}
            />
          ) : (
            <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} />
          )}
        </div>
        {portal ? null : (
          <p className="text-center text-sm text-muted-foreground">
            New here? Read the <ExternalLink href={HELP_TOPICS.ionosOverview.href}>Managed Stackable documentation</ExternalLink> and how to{' '}
            <ExternalLink href={HELP_TOPICS.apiToken.href}>create an API token</ExternalLink> (IONOS).
          </p>
        )}
        {portal?.oidc.demo ? <PortalDemoNote issuer={portal.oidc.issuer} /> : null}
        {!portal && config.mode === 'sandbox' ? <SandboxNote tokenUrl={`${config.authBase}/tokens/generate`} /> : null}
      </div>
    </main>
  );
}
