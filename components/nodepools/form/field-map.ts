// Where the API's node pool messages go in the forms: property paths → form fields (RAM is entered in GB,
// autoscaling bounds are top-level fields, a message on one label or annotation goes on the whole list).
import type { FieldMap } from '@/lib/forms/submit-errors';

export const POOL_FIELD_OF: FieldMap = {
  name: 'name',
  nodeCount: 'nodeCount',
  cpuFamily: 'cpuFamily',
  coresCount: 'coresCount',
  ramSize: 'ramGb',
  availabilityZone: 'availabilityZone',
  storageType: 'storageType',
  storageSize: 'storageSize',
  maintenanceWindow: 'maintenanceWindow.time',
  'maintenanceWindow.time': 'maintenanceWindow.time',
  'maintenanceWindow.dayOfTheWeek': 'maintenanceWindow.dayOfTheWeek',
  autoScaling: 'maxNodeCount',
  'autoScaling.minNodeCount': 'minNodeCount',
  'autoScaling.maxNodeCount': 'maxNodeCount',
  labels: 'labels',
  'labels.*': 'labels',
  annotations: 'annotations',
  'annotations.*': 'annotations',
};
