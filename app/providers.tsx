'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { getQueryClient } from '@/lib/api/query-client';

export function Providers({ children }: { children: ReactNode }) {
  // One client for the browser's lifetime (a fresh one per server render), see lib/api/query-client.ts.
  const queryClient = getQueryClient();
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
