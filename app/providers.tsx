'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { getQueryClient } from '@/lib/api/query-client';

// zod 4 probes `new Function('')` to decide whether to compile parsers; under the console's CSP (no
// 'unsafe-eval') that probe is a reported violation on every page. Interpreted parsing is fast enough here.
z.config({ jitless: true });

export function Providers({ children }: { children: ReactNode }) {
  // One client for the browser's lifetime (a fresh one per server render), see lib/api/query-client.ts.
  const queryClient = getQueryClient();
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
