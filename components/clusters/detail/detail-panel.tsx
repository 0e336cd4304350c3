import type { ReactNode } from 'react';

type DetailPanelProps = {
  /** The heading's id; the section is labelled by it. */
  headingId: string;
  heading: string;
  /** Shown on the heading's line, after it (the status panel's state badge). */
  besideHeading?: ReactNode;
  children: ReactNode;
};

/** One bordered panel of the cluster detail page: a section named by its h2. */
export function DetailPanel({ headingId, heading, besideHeading, children }: DetailPanelProps) {
  const title = (
    <h2 id={headingId} className="text-base font-semibold">
      {heading}
    </h2>
  );
  return (
    <section aria-labelledby={headingId} className="grid content-start gap-4 rounded-lg border border-border p-4">
      {besideHeading ? (
        <div className="flex flex-wrap items-center gap-3">
          {title}
          {besideHeading}
        </div>
      ) : (
        title
      )}
      {children}
    </section>
  );
}
