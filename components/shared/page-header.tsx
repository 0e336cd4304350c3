import Link from 'next/link';
import type { ReactNode } from 'react';

const LINK = 'text-blue-800 underline-offset-4 hover:underline dark:text-blue-300';

/** A step on the way back; the last one, without `href`, is the current page. */
export type Crumb = { label: string; href?: string };

/** "Clusters › name › Edit": the way back from a page, as a breadcrumb. */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-muted-foreground">
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`} className="flex items-center gap-1">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {item.href ? (
              <Link href={item.href} className={LINK}>
                {item.label}
              </Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

type PageHeaderProps = {
  title: ReactNode;
  /** Above the title: a `Breadcrumb` or a back link. */
  back?: ReactNode;
  /** Next to the title, such as the resource's state badge. */
  badges?: ReactNode;
  /** Under the title: what the page is for. */
  description?: ReactNode;
  /** The page's buttons and links, to the right of the title (below it on narrow screens). */
  actions?: ReactNode;
  /** Under the whole header, such as why actions are disabled. */
  children?: ReactNode;
};

/** The top of a console page: the way back, the one `h1`, and the page's actions. */
export function PageHeader({ title, back, badges, description, actions, children }: PageHeaderProps) {
  return (
    <div className="grid gap-3">
      {back}
      <div className="grid gap-1">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold break-all">{title}</h1>
            {badges}
          </div>
          {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
        </div>
        {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {children}
    </div>
  );
}
