// A wizard's steps as data, and the rules every wizard follows: the step comes from `?step=`, no step after the
// first invalid one may be shown, the nav goes back to any earlier step and forward only as far as the values
// allow, and a server error's field opens the step that shows it.
import { z } from 'zod';

/** The form's field schemas (its object schema's `.shape`): a step's schema is made of the fields it shows. */
export type FieldShape = Readonly<Record<string, z.ZodType>>;

/**
 * What a step's `refine` gets: the values its fields parsed to. Typed from the whole form, as partial: the other
 * fields are not there (the step's object strips them).
 */
export type StepValues<S extends FieldShape> = Partial<{ [K in keyof S]: z.output<S[K]> }>;

export type WizardStepDefinition<Id extends string, S extends FieldShape, C> = {
  id: Id;
  title: string;
  /** The form's root fields this step shows (`trigger`ed before "Next") and checks; none on the review step. */
  fields?: readonly (keyof S & string)[];
  /** Rules across the step's fields; `context` is what a rule needs at run time (the data center's CPU families). */
  refine?: (values: StepValues<S>, ctx: z.RefinementCtx, context: C | undefined) => void;
};

export type WizardStepDefinitions<Id extends string, S extends FieldShape, C> = readonly [
  WizardStepDefinition<Id, S, C>,
  ...WizardStepDefinition<Id, S, C>[],
];

/** A step's schema: the form's schemas of its fields, then its `refine`; none without fields. */
function stepSchema<Id extends string, S extends FieldShape, C>(
  shape: S,
  step: WizardStepDefinition<Id, S, C>,
): ((context: C | undefined) => z.ZodType) | undefined {
  if (!step.fields) return undefined;
  const fields = z.object(Object.fromEntries(step.fields.map((field) => [field, shape[field]])));
  const { refine } = step;
  if (!refine) return () => fields;
  // The parsed object holds exactly the step's fields, each its schema's output: what `StepValues` names.
  return (context) => fields.superRefine((values, ctx) => refine(values as StepValues<S>, ctx, context));
}

export function wizardSteps<Id extends string, S extends FieldShape, C>(shape: S, steps: WizardStepDefinitions<Id, S, C>) {
  type F = keyof S & string;
  const list: readonly WizardStepDefinition<Id, S, C>[] = steps;
  const ids: readonly Id[] = list.map((step) => step.id);
  const first = steps[0].id;
  const last = list[list.length - 1]?.id ?? first;
  const byId = new Map(list.map((step) => [step.id, step]));
  const schemas = list.map((step) => ({ id: step.id, schema: stepSchema(shape, step) }));

  const stepIndex = (step: Id): number => ids.indexOf(step);

  /** The first step whose fields are invalid, or the last (review) when all are valid: no later step may be shown. */
  function firstInvalidStep(values: unknown, context?: C): Id {
    return schemas.find((step) => step.schema && !step.schema(context).safeParse(values).success)?.id ?? last;
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
      return list.find((step) => step.fields?.some((field) => field === root))?.id;
    },
  };
}
