'use client';

import { usePolledQuery } from '@/lib/browser/polled-query';
import { useEffect, useState } from 'react';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { resourceNameSchema } from '@/lib/api/common/schema';

const DEBOUNCE_MS = 400;

function useDebouncedValue<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * The existing cluster whose name equals `name` case-insensitively, among those the user can see.
 * Only a hint: the API decides (409), and a member does not see other users' clusters.
 */
export function useNameInUse(name: string): string | undefined {
  const debounced = useDebouncedValue(name, DEBOUNCE_MS);
  const valid = resourceNameSchema.safeParse(debounced).success;
  const { data } = usePolledQuery({ ...clusterQueries.list({ name: debounced }), enabled: valid });
  if (!valid || debounced !== name) return undefined;
  const wanted = debounced.toLowerCase();
  return data?.items.find((cluster) => cluster.properties.name?.toLowerCase() === wanted)?.properties.name;
}
