import { RequestBody } from '@/components/forms/request-body';
import type { PreviewChange } from '@/lib/forms/edit';

type ChangePreviewProps = {
  /** undefined while some value is invalid; empty when nothing differs from the resource as loaded. */
  changes: PreviewChange[] | undefined;
  body: unknown;
  /** What is edited: "pool", "cluster". */
  subject: string;
  /** A remark on how some of the changes are applied (e.g. maps replaced as a whole). */
  note?: string;
};

/** What "Save changes" will send, field by field, and the exact PATCH body. */
export function ChangePreview({ changes, body, subject, note }: ChangePreviewProps) {
  return (
    <section aria-labelledby="change-preview-heading" className="grid gap-3 rounded-lg border border-border-strong p-4">
      <h2 id="change-preview-heading" className="text-base font-semibold">
        What will change
      </h2>
      {changes === undefined ? (
        <p className="text-sm text-muted-foreground">Some values are not valid yet; fix them to see the change.</p>
      ) : changes.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing yet: the values are the {subject}&apos;s current ones.</p>
      ) : (
        <>
          <ul className="grid gap-2 text-sm">
            {changes.map((change) => (
              <li key={change.field} className="grid gap-0.5">
                <span className="font-medium">{change.label}</span>
                <span>
                  <span className="text-muted-foreground">{change.before}</span> → <span className="font-medium">{change.after}</span>
                </span>
                {change.details.length > 0 ? (
                  <ul className="ml-4 list-disc text-secondary-foreground">
                    {change.details.map((line) => (
                      <li key={line} className="break-all">
                        {line}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
          {note ? <p className="text-xs text-muted-foreground">{note}</p> : null}
          <RequestBody label="PATCH request body" body={body} className="max-h-64 rounded-md p-3" />
        </>
      )}
    </section>
  );
}
