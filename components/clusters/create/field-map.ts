// Where the API's cluster messages go in the forms: every field has the API's name, list indices included.
import { sameFields } from '@/lib/forms/submit-errors';

/** Every form field of a cluster the API may name (`properties.lans.0.routes.1.network` → `lans.0.routes.1.network`). */
export const CLUSTER_FIELD_OF = sameFields([
  'name',
  'dataPlatformVersion',
  'datacenterId',
  'maintenanceWindow',
  'maintenanceWindow.time',
  'maintenanceWindow.dayOfTheWeek',
  'lans',
  'lans.#',
  'lans.#.lanId',
  'lans.#.dhcp',
  'lans.#.routes',
  'lans.#.routes.#',
  'lans.#.routes.#.network',
  'lans.#.routes.#.gateway',
]);
