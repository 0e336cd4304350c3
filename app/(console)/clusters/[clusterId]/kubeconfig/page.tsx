import type { Metadata } from 'next';
import { KubeconfigDeepLink } from '@/components/clusters/detail/kubeconfig-deep-link';
import { requirePageSession } from '@/lib/server/page-session';
import { checkRouteIds, kubeconfigHref } from '@/lib/routes';

export const metadata: Metadata = { title: 'Kubeconfig' };

// The stable kubeconfig link for wikis and portals (README, "Kubeconfig link"). Signed out, requirePageSession sends
// the browser through sign-in and back here; signed in, the page downloads the file through the BFF.
export default async function KubeconfigPage({ params, searchParams }: PageProps<'/clusters/[clusterId]/kubeconfig'>) {
  await requirePageSession();
  const { clusterId } = await params;
  const format = (await searchParams).format === 'json' ? 'json' : 'yaml';
  checkRouteIds([clusterId], ([c = '']) => kubeconfigHref(c, format));

  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <KubeconfigDeepLink clusterId={clusterId} format={format} />
    </div>
  );
}
