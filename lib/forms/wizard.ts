// A wizard's steps as data, and the rules every wizard follows: the step comes from `?step=`, no step after the
// first invalid one may be shown, the nav goes back to any earlier step and forward only as far as the values
// allow, and a server error's field opens the step that shows it.
import type { z } from 'zod';

export type WizardStepDefinition<Id extends string, F extends string, C> = {
  id: Id;
  title: string;
  /** The form's root fields this step shows (`trigger`ed before "Next"); none on the review step. */
  fields?: readonly F[];
  /** The step's fields with their rules; `context` is what a rule needs at run time (the data center's CPU families). */
  schema?: (context: C | undefined) => z.ZodType;
};

export function wizardSteps<Id extends string, F extends string, C>(
  steps: readonly [WizardStepDefinition<Id, F, C>, ...WizardStepDefinition<Id, F, C>[]],
) {
  const ids: readonly Id[] = steps.map((step) => step.id);
  const first = steps[0].id;
  const last = steps[steps.length - 1]?.id ?? first;
  const byId = new Map(steps.map((step) => [step.id, step]));

  const stepIndex = (step: Id): number => ids.indexOf(step);

  /** The first step whose fields are invalid, or the last (review) when all are valid: no later step may be shown. */
  function firstInvalidStep(values: unknown, context?: C): Id {
    return steps.find((step) => step.schema && !step.schema(context).safeParse(values).success)?.id ?? last;
  }

  return {
    steps: ids,
    first,
    last,
    stepIndex,
    titleOf: (step: Id): string => byId.get(step)?.title ?? step,
    fieldsOf: (step: Id): readonly F[] => byId.get(step)?.fields ?? [],

    /** The `?step=` value; anything unknown (or missing) is the first step. */
    parseStep(raw: string | null | undefined): Id {
      return ids.find((id) => id === raw) ?? first;
    },
    nextStep: (step: Id): Id => ids[Math.min(stepIndex(step) + 1, ids.length - 1)] ?? last,
    previousStep: (step: Id): Id => ids[Math.max(stepIndex(step) - 1, 0)] ?? first,

    firstInvalidStep,

    /** The requested step, or the first invalid one when the request skips past it. */
    allowedStep(requested: Id, values: unknown, context?: C): Id {
      const limit = firstInvalidStep(values, context);
      return stepIndex(requested) > stepIndex(limit) ? limit : requested;
    },

    /** Whether the nav offers `target`: any earlier step, and later ones up to `reachable` (the first invalid one). */
    canVisit: (target: Id, current: Id, reachable: Id): boolean =>
      target !== current && stepIndex(target) <= Math.max(stepIndex(current), stepIndex(reachable)),

    /** The step that shows a field (`lans.0.routes.1.gateway` → location). */
    stepOfField(path: string): Id | undefined {
      const root = path.split('.')[0];
      return steps.find((step) => step.fields?.some((field) => field === root))?.id;
    },
  };
}

export type WizardSteps<Id extends string, F extends string, C> = ReturnType<typeof wizardSteps<Id, F, C>>;
