import { plural } from '@/lib/format/node-pool';

type KeyValueDetailsProps = { labels?: Record<string, string>; annotations?: Record<string, string> };

function Pairs({ title, map }: { title: string; map: Record<string, string> }) {
  const entries = Object.entries(map);
  if (entries.length === 0) return null;
  return (
    <div className="grid gap-1">
      <p className="text-xs font-semibold text-muted-foreground">{title}</p>
      <dl className="grid gap-1 font-mono text-xs">
        {entries.map(([key, value]) => (
          <div key={key} className="grid break-all">
            <dt className="text-muted-foreground">{key}</dt>
            {/* An empty label value is valid; say so rather than show nothing. */}
            <dd className="pl-3">{value === '' ? <span className="font-sans italic">empty</span> : value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** "2 labels, 1 annotation", expandable to every key and value (native details: keyboard and screen reader ready). */
export function KeyValueDetails({ labels = {}, annotations = {} }: KeyValueDetailsProps) {
  const labelCount = Object.keys(labels).length;
  const annotationCount = Object.keys(annotations).length;
  if (labelCount + annotationCount === 0) return <span className="text-muted-foreground">None</span>;
  return (
    <details className="group max-w-xs">
      <summary className="cursor-pointer rounded-sm whitespace-nowrap text-blue-800 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-blue-300">
        {plural(labelCount, 'label')}, {plural(annotationCount, 'annotation')}
      </summary>
      <div className="mt-2 grid gap-2">
        <Pairs title="Labels" map={labels} />
        <Pairs title="Annotations" map={annotations} />
      </div>
    </details>
  );
}
