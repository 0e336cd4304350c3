'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useEffect } from 'react';
import { allowedStep, parseStep, type WizardStep } from '@/components/clusters/create-wizard/steps';

/**
 * The wizard's step, kept in `?step=` so the back button and reloads work. A step past the first invalid
 * one (typed into the URL, or reached with "forward" after a field was emptied) shows, and becomes, that one.
 */
export function useWizardStep(getValues: () => unknown) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const requested = parseStep(searchParams.get('step'));
  const step = allowedStep(requested, getValues());

  // pushState/replaceState are integrated with the Next router (useSearchParams follows, back works)
  // and skip the server round trip a router.push would make for a new search string.
  const goTo = useCallback(
    (target: WizardStep, { replace = false }: { replace?: boolean } = {}) => {
      const url = `${pathname}?step=${target}`;
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    },
    [pathname],
  );

  const urlStep = searchParams.get('step');
  useEffect(() => {
    if (urlStep !== step) goTo(step, { replace: true });
  }, [urlStep, step, goTo]);

  return { step, goTo };
}
