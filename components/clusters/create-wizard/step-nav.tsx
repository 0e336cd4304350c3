import { STEP_TITLES, WIZARD_STEPS, stepIndex, type WizardStep } from '@/components/clusters/create-wizard/steps';
import { cn } from '@/lib/utils';

type StepNavProps = { current: WizardStep; onSelect: (step: WizardStep) => void };

/** Where the user is; steps already passed can be revisited, later ones only through "Next". */
export function StepNav({ current, onSelect }: StepNavProps) {
  const currentIndex = stepIndex(current);
  return (
    <nav aria-label="Wizard steps">
      <ol className="flex flex-wrap gap-2 text-sm">
        {WIZARD_STEPS.map((step, index) => {
          const label = `${index + 1}. ${STEP_TITLES[step]}`;
          const base = 'flex items-center rounded-full border px-3 py-1';
          if (index < currentIndex) {
            return (
              <li key={step}>
                <a
                  href={`?step=${step}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onSelect(step);
                  }}
                  className={cn(base, 'border-blue-300 text-blue-800 underline-offset-4 hover:underline dark:border-blue-700 dark:text-blue-200')}
                >
                  {label}
                  <span className="sr-only"> (done)</span>
                </a>
              </li>
            );
          }
          return (
            <li key={step}>
              <span
                aria-current={index === currentIndex ? 'step' : undefined}
                className={cn(
                  base,
                  index === currentIndex
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
