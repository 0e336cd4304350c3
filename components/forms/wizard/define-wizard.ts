'use client';

// One wizard kit for every create wizard: the steps are data (id, title, fields, refine) over the form's field
// schemas, the draft is a key and a shape, and navigation, the URL and the nav behave the same in all of them.
import { usePathname, useSearchParams } from 'next/navigation';
import { createElement, useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { WizardStepNav } from '@/components/forms/wizard/step-nav';
import { defineDraft } from '@/lib/forms/drafts';
import { wizardSteps, type FieldShape, type WizardStepDefinitions } from '@/lib/forms/wizard';

type WizardDefinition<Id extends string, S extends FieldShape, C, D extends z.ZodType, A extends unknown[]> = {
  /** The form schema's `.shape`: each step's schema is its fields' schemas from here. */
  shape: S;
  steps: WizardStepDefinitions<Id, S, C>;
  draft: { key: (...args: A) => string; schema: D };
};

export function defineWizard<Id extends string, S extends FieldShape, C, D extends z.ZodType, A extends unknown[]>(
  definition: WizardDefinition<Id, S, C, D, A>,
) {
  const logic = wizardSteps(definition.shape, definition.steps);

  /**
   * The step, kept in `?step=` so back, forward and reload work; other search parameters (`replace`) are kept.
   * A step past the first invalid one (typed into the URL, or reached with "forward" after a field was emptied)
   * shows, and becomes, that one.
   */
  function useWizardStep(getValues: () => unknown, context?: C) {
    const pathname = usePathname();
    const searchParams = useSearchParams();
    const urlStep = searchParams.get('step');
    // The router's search params follow pushState/replaceState later, in a transition that typing keeps
    // interrupting. Until they do, the step written here is the URL's: else a field made valid meanwhile would
    // re-read the old `?step=review`, and the wizard would jump from Basics to the next invalid step under the user.
    const [written, setWritten] = useState<{ over: string | null; step: Id } | null>(null);
    const requested = written && written.over === urlStep ? written.step : urlStep;
    const step = logic.allowedStep(logic.parseStep(requested), getValues(), context);
    const search = searchParams.toString();

    // Once the router has caught up (or moved on: back, forward), its step is the URL's again.
    useEffect(() => setWritten(null), [urlStep]);

    // pushState/replaceState are integrated with the Next router (useSearchParams follows, back works)
    // and skip the server round trip a router.push would make for a new search string.
    const goTo = useCallback(
      (target: Id, { replace = false }: { replace?: boolean } = {}) => {
        const params = new URLSearchParams(search);
        params.set('step', target);
        const url = `${pathname}?${params}`;
        if (replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
        setWritten({ over: urlStep, step: target });
      },
      [pathname, search, urlStep],
    );

    useEffect(() => {
      if (requested !== step) goTo(step, { replace: true });
    }, [requested, step, goTo]);

    return { step, goTo };
  }

  /** The nav: back to any earlier step, forward as far as `reachable` (the first invalid step). */
  function StepNav({ step, reachable, onGo }: { step: Id; reachable: Id; onGo: (step: Id) => void }) {
    return createElement(WizardStepNav<Id>, {
      steps: logic.steps,
      titleOf: logic.titleOf,
      step,
      canVisit: (target: Id) => logic.canVisit(target, step, reachable),
      onGo,
    });
  }

  return { ...logic, useWizardStep, StepNav, draft: defineDraft(definition.draft.key, definition.draft.schema) };
}
