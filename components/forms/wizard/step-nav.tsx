import { cn } from '@/lib/utils';

type StepNavProps<Id extends string> = {
  steps: readonly Id[];
  titleOf: (step: Id) => string;
  /** The step shown. */
  step: Id;
  /** Whether the nav offers a step: any earlier one, later ones as far as the values allow. */
  canVisit: (step: Id) => boolean;
  onGo: (step: Id) => void;
};

const PILL = 'flex items-center rounded-full border px-3 py-1';

/** Where the user is in a wizard: steps that may be visited are buttons, the current one is marked, the rest text. */
export function WizardStepNav<Id extends string>({ steps, titleOf, step, canVisit, onGo }: StepNavProps<Id>) {
  const currentIndex = steps.indexOf(step);
  return (
    <nav aria-label="Wizard steps">
      <ol className="flex flex-wrap gap-2 text-sm">
        {steps.map((s, index) => {
          const label = `${index + 1}. ${titleOf(s)}`;
          if (canVisit(s)) {
            return (
              <li key={s}>
                <button
                  type="button"
                  onClick={() => onGo(s)}
                  className={cn(
                    PILL,
                    'border-blue-300 text-blue-800 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-blue-700 dark:text-blue-200',
                  )}
                >
                  {label}
                  {index < currentIndex ? <span className="sr-only"> (done)</span> : null}
                </button>
              </li>
            );
          }
          const current = s === step;
          return (
            <li key={s}>
              <span
                aria-current={current ? 'step' : undefined}
                className={cn(
                  PILL,
                  current
                    ? 'border-blue-700 bg-blue-700 font-medium text-white dark:border-blue-400 dark:bg-blue-400 dark:text-slate-950'
                    : 'border-border-strong text-subtle-foreground',
                )}
              >
                {label}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
