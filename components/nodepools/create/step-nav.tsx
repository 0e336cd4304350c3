import { STEP_TITLES, stepIndex, WIZARD_STEPS, type WizardStep } from '@/components/nodepools/create/steps';
import { cn } from '@/lib/utils';

/** The steps in order: done and reachable ones are buttons back, the current one is marked, later ones are text. */
export function StepNav({ step, reachable, onGo }: { step: WizardStep; reachable: WizardStep; onGo: (step: WizardStep) => void }) {
  return (
    <nav aria-label="Wizard steps">
      <ol className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {WIZARD_STEPS.map((s, index) => {
          const label = `${index + 1}. ${STEP_TITLES[s]}`;
          const current = s === step;
          const canGo = !current && stepIndex(s) <= stepIndex(reachable);
          return (
            <li key={s}>
              {canGo ? (
                <button type="button" onClick={() => onGo(s)} className="rounded-sm text-blue-800 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-blue-300">
                  {label}
                </button>
              ) : (
                <span aria-current={current ? 'step' : undefined} className={cn(current ? 'font-semibold' : 'text-subtle-foreground')}>
                  {label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
