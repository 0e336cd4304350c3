import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuditLog } from '@/components/portal/audit/audit-log';
import { PageHeader } from '@/components/shared/page-header';
import { requirePageSession } from '@/lib/server/page-session';
import { isPortalMode } from '@/lib/server/portal/settings';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage() {
  // Personal mode has no portal: the page does not exist there.
  if (!isPortalMode()) notFound();
  await requirePageSession();
  return (
    <div className="mx-auto grid max-w-7xl min-w-0 gap-6">
      <PageHeader
        title="Audit log"
        description="Every sign-in, change, kubeconfig download, assignment and access token change, with who did it and how it ended. Each entry carries the hash of the one before, so a changed or removed entry shows."
      />
      <AuditLog />
    </div>
  );
}
