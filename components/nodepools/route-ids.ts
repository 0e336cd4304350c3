// Path ids of the node pool pages: ids the API could never know get the console's not-found page without a
// round trip, and an id pasted in capitals is redirected to its canonical lowercase form.
import { notFound, redirect } from 'next/navigation';
import { uuidSchema } from '@/lib/api/common/schema';

export function checkRouteIds(ids: string[], canonicalPath: (lowercase: string[]) => string): void {
  if (ids.every((id) => uuidSchema.safeParse(id).success)) return;
  const lower = ids.map((id) => id.toLowerCase());
  if (lower.every((id) => uuidSchema.safeParse(id).success)) redirect(canonicalPath(lower));
  notFound();
}
