import Link from 'next/link';
import { Button, buttonVariants } from '@/components/ui/button';

type SaveActionsProps = { pending: boolean; disabled: boolean; cancelHref: string };

/** The foot of an edit form: "Save changes" (busy while the PATCH runs) and a way back without saving. */
export function SaveActions({ pending, disabled, cancelHref }: SaveActionsProps) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="submit" disabled={pending || disabled}>
        {pending ? 'Saving…' : 'Save changes'}
      </Button>
      <Link href={cancelHref} className={buttonVariants({ variant: 'outline' })}>
        Cancel
      </Link>
    </div>
  );
}
