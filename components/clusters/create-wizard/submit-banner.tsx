import Link from 'next/link';
import type { SubmitBanner as SubmitBannerData } from '@/components/clusters/create-wizard/server-errors';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';

/** Why the create failed, when no single field explains it. */
export function SubmitBanner({ banner }: { banner: SubmitBannerData }) {
  return (
    <Alert role="alert" variant={banner.tone}>
      <AlertTitle>{banner.title}</AlertTitle>
      <AlertDescription>
        {banner.messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
        {banner.mayHaveBeenCreated ? (
          <p>
            <Link href="/clusters" target="_blank" rel="noopener">
              Check the clusters list (opens in a new tab)
            </Link>
          </p>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}
