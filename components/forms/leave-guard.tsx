'use client';

// Asks before unsaved input is lost: a reload or closed tab gets the browser's own question (beforeunload), an
// in-app link the console's dialog. Edit forms guard every link; a wizard only its Cancel (marked
// data-leave-guard="ask"), because its draft survives leaving to another page of the console and coming back.
import { useRouter } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { leavingPath } from '@/lib/forms/leave-guard';

type LeaveGuardOptions = {
  /** Whether leaving now loses something. */
  dirty: boolean;
  /** Ask for every in-app link (edit forms), or only for links marked data-leave-guard="ask" (a wizard's Cancel). */
  links: 'all' | 'marked';
  words: { title: string; description: string; leave: string };
  /** Runs when the user confirms leaving (a wizard drops its draft). */
  onLeave?: () => void;
};

export function useLeaveGuard({ dirty, links, words, onLeave }: LeaveGuardOptions): ReactNode {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium asks only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [dirty]);

  useEffect(() => {
    if (!dirty) return;
    // Capture on the document runs before React's listener on its root, so next/link never sees a held click.
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      if (links === 'marked' && anchor.dataset.leaveGuard !== 'ask') return;
      const path = leavingPath(
        {
          href: anchor.href,
          target: anchor.target,
          download: anchor.hasAttribute('download'),
          modified: event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey,
        },
        window.location.href,
      );
      if (!path) return;
      event.preventDefault();
      event.stopPropagation();
      setPending(path);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [dirty, links]);

  function leave() {
    if (pending === null) return;
    onLeave?.();
    setPending(null);
    router.push(pending);
  }

  return (
    <Dialog open={pending !== null} onOpenChange={(open) => (open ? null : setPending(null))} title={words.title} description={words.description}>
      <DialogFooter>
        <Button variant="outline" onClick={() => setPending(null)}>
          Keep editing
        </Button>
        <Button variant="destructive" onClick={leave}>
          {words.leave}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}

export const EDIT_LEAVE_WORDS = {
  title: 'Discard your changes?',
  description: 'What you changed in this form is not saved yet.',
  leave: 'Discard changes',
};

export const WIZARD_LEAVE_WORDS = {
  title: 'Discard what you entered?',
  description: 'Cancelling deletes what you entered in this wizard. To keep it for later, leave through another link instead: it stays in this tab.',
  leave: 'Discard and cancel',
};
