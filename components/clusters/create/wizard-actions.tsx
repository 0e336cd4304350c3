import Link from 'next/link';
import { clusterWizard, type ClusterWizardStep } from '@/components/clusters/create/wizard';
import { Button, buttonVariants } from '@/components/ui/button';
import { clustersHref } from '@/lib/routes';

type WizardActionsProps = { step: ClusterWizardStep; sending: boolean; onBack: (step: ClusterWizardStep) => void; onCancel: () => void };

/** Back / Cancel and the submit button, which means "Next" until the review step. */
export function WizardActions({ step, sending, onBack, onCancel }: WizardActionsProps) {
  const last = step === 'review';
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
      <Link href={clustersHref} onClick={onCancel} className={buttonVariants({ variant: 'ghost' })}>
        Cancel
      </Link>
      <div className="flex gap-3">
        {step === 'basics' ? null : (
          <Button variant="outline" onClick={() => onBack(clusterWizard.previousStep(step))}>
            Back
          </Button>
        )}
        <Button type="submit" aria-describedby={last ? undefined : 'wizard-next-step'}>
          {last ? (sending ? 'Creating cluster…' : 'Create cluster') : 'Next'}
        </Button>
        {last ? null : (
          <span id="wizard-next-step" className="sr-only">
            {clusterWizard.titleOf(clusterWizard.nextStep(step))}
          </span>
        )}
      </div>
    </div>
  );
}
