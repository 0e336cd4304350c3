import { Alert, AlertDescription } from '@/components/ui/alert';
import { byDatacenter, overlapSentence, type OverlapGroup } from '@/lib/calendar/week-layout';

const NAMES_SHOWN = 8;

function names(group: OverlapGroup): string {
  const all = group.resources.map((resource) => (resource.kind === 'nodepool' ? `${resource.clusterName} / ${resource.name}` : resource.name));
  if (all.length <= NAMES_SHOWN) return all.join(', ');
  return `${all.slice(0, NAMES_SHOWN).join(', ')} and ${all.length - NAMES_SHOWN} more`;
}

/** Maintenance that hits several resources at once, with where (data centers) and what (names). */
export function OverlapFlags({ groups, datacenterName }: { groups: OverlapGroup[]; datacenterName: (id: string | undefined) => string }) {
  if (groups.length === 0) return null;
  return (
    <Alert variant="warning">
      <h2 className="mb-1 font-semibold">Overlapping windows</h2>
      <AlertDescription>
        <ul aria-label="Overlapping windows" className="grid list-disc gap-2 pl-5">
          {groups.map((group) => {
            const places = byDatacenter(group, datacenterName);
            const where =
              places.length === 1
                ? `All in data center ${places[0]?.name}.`
                : `By data center: ${places.map(({ name, count }) => `${name} (${count})`).join(', ')}.`;
            return (
              <li key={group.resources.map((resource) => resource.key).join(' ')}>
                <p className="font-medium">{overlapSentence(group)}.</p>
                <p>
                  {where} {names(group)}.
                </p>
              </li>
            );
          })}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
