import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AccessTokens } from '@/components/portal/tokens/access-tokens';
import { PageHeader } from '@/components/shared/page-header';
import { requirePageSession } from '@/lib/server/page-session';
import { isPortalMode } from '@/lib/server/portal/settings';

export const metadata: Metadata = { title: 'Access tokens' };

export default async function TokensPage() {
  // Personal mode has no portal: the page does not exist there.
  if (!isPortalMode()) notFound();
  await requirePageSession();
  return (
    <div className="mx-auto grid max-w-7xl min-w-0 gap-6">
      <PageHeader
        title="Access tokens"
        description={
          <>
            Personal access tokens are the kubeconfig button for scripts and pipelines: with <code>Authorization: Bearer</code> they list your teams’
            clusters and download their kubeconfigs, read-only. They cannot change anything, expire after at most 90 days, and every use is in the
            audit log.
          </>
        }
      />
      <AccessTokens />
    </div>
  );
}
