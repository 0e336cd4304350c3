'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useEffect } from 'react';
import { allowedStep, parseStep, type WizardStep } from '@/components/nodepools/create/steps';
import type { CpuArchitecture } from '@/lib/api/datacenters/schema';

/**
 * The step, kept in `?step=` so back, forward and reload work. A step past the first invalid one (typed into
 * the URL, or reached with "forward" after a field was emptied) shows, and becomes, that one. Other search
 * parameters (`replace`) are kept.
 */
export function useWizardStep(getValues: () => unknown, architectures?: readonly CpuArchitecture[]) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const urlStep = searchParams.get('step');
  const step = allowedStep(parseStep(urlStep), getValues(), architectures);
  const search = searchParams.toString();

  // pushState/replaceState are integrated with the Next router (useSearchParams follows, back works)
  // and skip the server round trip a router.push would make for a new search string.
  const goTo = useCallback(
    (target: WizardStep, { replace = false }: { replace?: boolean } = {}) => {
      const params = new URLSearchParams(search);
      params.set('step', target);
      const url = `${pathname}?${params}`;
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    },
    [pathname, search],
  );

  useEffect(() => {
    if (urlStep !== step) goTo(step, { replace: true });
  }, [urlStep, step, goTo]);

  return { step, goTo };
}
