import Link from 'next/link';
import { FormBanner } from '@/components/forms/form-banner';
import type { SubmitBanner as SubmitBannerData } from '@/lib/forms/submit-errors';
import { clustersHref } from '@/lib/routes';

/** Why the create failed, when no single field explains it. */
export function CreateClusterBanner({ banner }: { banner: SubmitBannerData }) {
  return (
    <FormBanner banner={banner}>
      {banner.mayHaveHappened ? (
        <p>
          <Link href={clustersHref} target="_blank" rel="noopener">
            Check the clusters list (opens in a new tab)
          </Link>
        </p>
      ) : null}
    </FormBanner>
  );
}
