import Link from 'next/link';
import type { Ref } from 'react';
import { Button, buttonVariants } from '@/components/ui/button';

type WizardHeadingProps = { ref?: Ref<HTMLHeadingElement>; index: number; count: number; title: string };

/** The one step counter of a wizard, in its heading: focus moves here when a step opens. */
export function WizardHeading({ ref, index, count, title }: WizardHeadingProps) {
  return (
    <h2 ref={ref} tabIndex={-1} className="text-xl font-semibold outline-none">
      Step {index + 1} of {count}: {title}
    </h2>
  );
}

type WizardFooterProps = {
  cancelHref: string;
  /** Cancelling is the one way to drop the draft on purpose (the leave guard asks first when there is input). */
  onCancel: () => void;
  /** Undefined on the first step. */
  onBack?: () => void;
  /** The next step's title, announced with "Next"; undefined on the review step. */
  nextTitle?: string;
  submitLabel: string;
  busy: boolean;
  /** Why the submit is refused right now (the id of the text that says so). */
  blockedBy?: string;
};

/** The foot of every wizard: Cancel on the left, Back and Next (the submit on the review step) on the right. */
export function WizardFooter({ cancelHref, onCancel, onBack, nextTitle, submitLabel, busy, blockedBy }: WizardFooterProps) {
  const nextId = 'wizard-next-step';
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-border pt-4">
      <Link href={cancelHref} onClick={onCancel} data-leave-guard="ask" className={buttonVariants({ variant: 'ghost' })}>
        Cancel
      </Link>
      <div className="flex flex-wrap gap-3">
        {onBack ? (
          <Button variant="outline" onClick={onBack} disabled={busy}>
            Back
          </Button>
        ) : null}
        {nextTitle === undefined ? (
          <Button type="submit" disabled={busy || blockedBy !== undefined} aria-describedby={blockedBy}>
            {submitLabel}
          </Button>
        ) : (
          <>
            <Button type="submit" aria-describedby={nextId}>
              Next
            </Button>
            <span id={nextId} className="sr-only">
              {nextTitle}
            </span>
          </>
        )}
      </div>
    </div>
  );
}
