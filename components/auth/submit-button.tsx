import { Button } from '@/components/ui/button';

/** The form's submit button: disabled and saying so while the form is busy. */
export function SubmitButton({ busy, label, busyLabel }: { busy: boolean; label: string; busyLabel: string }) {
  return (
    <Button type="submit" className="w-full" disabled={busy}>
      {busy ? (
        <span aria-hidden="true" className="size-4 rounded-full border-2 border-current border-r-transparent motion-safe:animate-spin" />
      ) : null}
      {busy ? busyLabel : label}
    </Button>
  );
}
