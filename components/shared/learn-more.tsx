import type { ComponentProps } from 'react';
import { CONCEPT_TOPICS, HELP_TOPICS } from '@/lib/help/topics';
import { cn } from '@/lib/utils';

const LINK = 'text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-200';

/** A link to another site: opens in a new tab, without giving that page a handle on this one, and says so. */
export function ExternalLink({ className, children, ...props }: Omit<ComponentProps<'a'>, 'target' | 'rel'> & { href: string }) {
  return (
    <a target="_blank" rel="noopener noreferrer" className={cn(LINK, className)} {...props}>
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}

/** "Learn more" beside a concept in a form or panel: the documentation page that explains it. */
export function LearnMore({ concept, className }: { concept: keyof typeof CONCEPT_TOPICS; className?: string }) {
  const topic = HELP_TOPICS[CONCEPT_TOPICS[concept]];
  return (
    <p className={cn('text-xs text-muted-foreground', className)}>
      Learn more:{' '}
      <ExternalLink href={topic.href}>
        {topic.title}, {topic.site}
      </ExternalLink>
    </p>
  );
}
