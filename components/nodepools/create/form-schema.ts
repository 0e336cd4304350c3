// The create wizard's one form: the contract's create properties with UI fields where people think differently
// (RAM in GB, counts typed as text, autoscaling as a switch plus bounds, labels as editable rows).
import { z } from 'zod';
import { checkReservedLabel, checkScaling, scalingShape, wholeNumber, type ScalingMode } from '@/components/nodepools/form/form-rules';
import { checkMachine } from '@/components/nodepools/form/machine-rules';
import { maintenanceWindowSchema, type MaintenanceWindow } from '@/lib/api/common/schema';
import type { CpuArchitecture } from '@/lib/api/datacenters/schema';
import {
  coresCountSchema,
  cpuFamilySchema,
  createNodePoolPropertiesSchema,
  storageSizeSchema,
  type NodePoolResponse,
} from '@/lib/api/nodepools/schema';
import { annotationEntriesSchema, labelEntriesSchema, mapToEntries } from '@/lib/forms/kubernetes';
import { DEFAULT_MAINTENANCE_WINDOW } from '@/lib/forms/maintenance-window';

const contract = createNodePoolPropertiesSchema.shape;
/** RAM is entered in whole GB and sent in MB (so always a multiple of 1024); int32 caps the MB. */
const MAX_RAM_GB = Math.floor(2147483647 / 1024);

export const nodePoolFormObject = createNodePoolPropertiesSchema
  .omit({ nodeCount: true, coresCount: true, ramSize: true, storageSize: true, labels: true, annotations: true, autoScaling: true })
  .extend({
    ...scalingShape,
    cpuFamily: z.string().min(1, 'Choose a CPU family.').pipe(cpuFamilySchema),
    coresCount: wholeNumber(coresCountSchema, 'the number of cores'),
    ramGb: wholeNumber(z.int().min(2, 'A node has at least 2 GB of RAM.').max(MAX_RAM_GB, `At most ${MAX_RAM_GB} GB.`), 'the RAM in GB'),
    // Required in the form (a choice is always shown), defaulted by the contract when left out of a request.
    availabilityZone: contract.availabilityZone.unwrap(),
    storageType: contract.storageType.unwrap(),
    storageSize: wholeNumber(storageSizeSchema, 'the storage size in GB'),
    maintenanceWindow: maintenanceWindowSchema,
    labels: labelEntriesSchema,
    annotations: annotationEntriesSchema,
  });

/** The form schema for a data center's CPU families (undefined: not known, only the contract's rules apply). */
export function createNodePoolFormSchema(architectures?: readonly CpuArchitecture[]) {
  return nodePoolFormObject.superRefine((values, ctx) => {
    checkScaling(values, ctx);
    checkMachine(values, architectures, ctx);
    checkReservedLabel(values.labels, false, ctx);
  });
}

export type CreateNodePoolFormInput = z.input<typeof nodePoolFormObject>;
export type CreateNodePoolFormOutput = z.output<typeof nodePoolFormObject>;

// The contract's defaults, read from the schema itself rather than repeated here.
const DEFAULTS = createNodePoolPropertiesSchema
  .pick({ cpuFamily: true, coresCount: true, ramSize: true, availabilityZone: true, storageType: true, storageSize: true })
  .parse({});

export function defaultCreateNodePoolForm(clusterWindow?: MaintenanceWindow): CreateNodePoolFormInput {
  return {
    name: '',
    scaling: 'fixed',
    nodeCount: '1',
    minNodeCount: '1',
    maxNodeCount: '3',
    cpuFamily: DEFAULTS.cpuFamily,
    coresCount: String(DEFAULTS.coresCount),
    ramGb: String(DEFAULTS.ramSize / 1024),
    availabilityZone: DEFAULTS.availabilityZone,
    storageType: DEFAULTS.storageType,
    storageSize: String(DEFAULTS.storageSize),
    maintenanceWindow: { ...(clusterWindow ?? DEFAULT_MAINTENANCE_WINDOW) },
    labels: [],
    annotations: [],
  };
}

/**
 * The wizard prefilled with an existing pool's shape under a new `name` (names are unique in a cluster): the
 * guided "replace this pool" path and "create a copy".
 */
export function formValuesFromPool(pool: NodePoolResponse, name: string, clusterWindow?: MaintenanceWindow): CreateNodePoolFormInput {
  const p = pool.properties;
  const scaling: ScalingMode = p.autoScaling ? 'autoscaling' : 'fixed';
  return {
    ...defaultCreateNodePoolForm(p.maintenanceWindow ?? clusterWindow),
    name,
    scaling,
    nodeCount: String(p.nodeCount ?? 1),
    minNodeCount: String(p.autoScaling?.minNodeCount ?? 1),
    maxNodeCount: String(p.autoScaling?.maxNodeCount ?? Math.max(3, p.nodeCount ?? 1)),
    cpuFamily: p.cpuFamily,
    coresCount: String(p.coresCount),
    ramGb: String(Math.floor(p.ramSize / 1024)),
    availabilityZone: p.availabilityZone,
    storageType: p.storageType,
    storageSize: String(p.storageSize),
    labels: mapToEntries(p.labels),
    annotations: mapToEntries(p.annotations),
  };
}
