'use client';

// "Create a copy" (and "create again" for a FAILED resource): `?copyOf=<id>` prefills a wizard from an existing
// cluster or pool. The copy becomes the wizard's draft and `copyOf` leaves the URL, so a reload restores it like
// any draft instead of copying again; an unfinished draft in this tab is never overwritten without asking.
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { uuidSchema } from '@/lib/api/common/schema';

/** `?copyOf=`, when it is an id; anything else there is ignored. */
export function useCopyOf(): string | undefined {
  const raw = useSearchParams().get('copyOf');
  return raw && uuidSchema.safeParse(raw).success ? raw : undefined;
}

type CopyIntoDraftProps = {
  /** The copy's form values, once its source is loaded. */
  values: unknown;
  /** "cluster “analytics”". */
  source: string;
  /** What the wizard creates: "cluster", "node pool". */
  subject: string;
  /** Whether this tab holds an unfinished draft of the same wizard. */
  hasDraft: boolean;
  writeDraft: (values: unknown) => void;
  /** The step the copy opens on. */
  step: string;
  /** Called once decided: with true when the copy became the draft. */
  onDone: (copied: boolean) => void;
};

export function CopyIntoDraft({ values, source, subject, hasDraft, writeDraft, step, onDone }: CopyIntoDraftProps) {
  const pathname = usePathname();
  const decided = useRef(false);
  // Fixed when the choice is offered: the copy itself becomes a draft before `copyOf` leaves the URL.
  const [askFirst] = useState(hasDraft);
  const [done, setDone] = useState(false);

  function finish(copy: boolean) {
    if (decided.current) return;
    decided.current = true;
    setDone(true);
    if (copy) writeDraft(values);
    const params = new URLSearchParams(window.location.search);
    params.delete('copyOf');
    if (copy) params.set('step', step);
    const search = params.toString();
    window.history.replaceState(null, '', search ? `${pathname}?${search}` : pathname);
    onDone(copy);
  }

  useEffect(() => {
    if (!askFirst) finish(true);
  });

  if (!askFirst || done) return null;
  return (
    <Alert role="alert" variant="warning">
      <AlertTitle>You have an unfinished {subject} in this tab</AlertTitle>
      <AlertDescription>
        <p>Copying {source} replaces what you entered earlier. Keep your draft, or replace it with the copy.</p>
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" size="sm" onClick={() => finish(false)}>
            Keep my draft
          </Button>
          <Button size="sm" onClick={() => finish(true)}>
            Replace it with the copy
          </Button>
        </div>
      </AlertDescription>
    </Alert>
  );
}

/** Says what the wizard was prefilled from, and why the name differs. */
export function CopyNotice({ source, name }: { source: string; name: string }) {
  return (
    <Alert role="status" variant="info">
      <AlertTitle>Copied from {source}</AlertTitle>
      <AlertDescription>
        <p>Every setting is prefilled. The name is “{name}”, as names must be unique; change it on the first step. Check the review, then create.</p>
      </AlertDescription>
    </Alert>
  );
}
