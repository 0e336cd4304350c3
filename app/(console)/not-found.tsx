import Link from 'next/link';
import { buttonVariants } from '@/components/ui/button';
import { clustersHref } from '@/lib/routes';

// notFound() inside the console (e.g. an unknown cluster id) keeps the sidebar and header around it.
export default function ConsoleNotFound() {
  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-muted-foreground">It does not exist, or it was deleted, or your user may not see it.</p>
      <Link href={clustersHref} className={buttonVariants({ variant: 'outline', className: 'w-fit' })}>
        Back to clusters
      </Link>
    </div>
  );
}
