import { Skeleton } from '@/components/ui/skeleton';

/**
 * The skeleton a console page shows while its server render streams (each segment's `loading.tsx`). Not the
 * clusters list's: that page comes whole with its first HTML (README "Decisions": the clusters list comes whole).
 */
export function PageLoading() {
  return (
    <div className="mx-auto grid max-w-7xl gap-6" aria-busy="true">
      <p role="status" className="sr-only">
        Loading…
      </p>
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-4 w-96 max-w-full" />
      <Skeleton className="h-48 w-full" />
    </div>
  );
}
