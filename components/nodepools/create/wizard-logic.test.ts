import { describe, expect, it } from 'vitest';
import {
  createNodePoolFormSchema,
  defaultCreateNodePoolForm,
  formValuesFromPool,
  type CreateNodePoolFormInput,
} from '@/components/nodepools/create/form-schema';
import { poolRequestFromValues as requestFromValues } from '@/components/nodepools/create/to-request';
import { CREATE_POOL_ERRORS, nodePoolWizard } from '@/components/nodepools/create/wizard';
import { POOL_FIELD_OF } from '@/components/nodepools/form/field-map';
import { BffError } from '@/lib/api/client';
import { fieldErrorFromMessage as fieldErrorOf, mapSubmitError, pickFields, type SubmitWords } from '@/lib/forms/submit-errors';
import { createNodePoolRequestSchema, nodePoolResponseSchema } from '@/lib/api/nodepools/schema';

const { allowedStep, firstInvalidStep, parseStep, stepOfField, draft } = nodePoolWizard;
const draftKey = draft.key;
type Storage = Parameters<typeof draft.read>[1];
const readDraft = (storage: Storage, key: string) => draft.read(key, storage);
const writeDraft = (storage: Storage, key: string, values: unknown) => draft.write(key, values, storage);
const clearDraft = (storage: Storage, key: string) => draft.clear(key, storage);

const FAMILIES = [
  { cpuFamily: 'INTEL_SKYLAKE', maxCores: 16, maxRam: 65536, vendor: 'GenuineIntel' },
  { cpuFamily: 'AMD_EPYC', maxCores: 32, maxRam: 131072, vendor: 'AuthenticAMD' },
];
const window = { dayOfTheWeek: 'Wednesday', time: '03:00:00' } as const;
const complete = (changes: Partial<CreateNodePoolFormInput> = {}): CreateNodePoolFormInput => ({
  ...defaultCreateNodePoolForm(window),
  name: 'trino-workers',
  ...changes,
});
const issues = (values: CreateNodePoolFormInput) =>
  Object.fromEntries((createNodePoolFormSchema(FAMILIES).safeParse(values).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('defaults and the request body', () => {
  it('preselects the contract’s defaults and the cluster’s maintenance window', () => {
    expect(requestFromValues(complete(), FAMILIES)).toEqual({
      properties: {
        name: 'trino-workers',
        nodeCount: 1,
        cpuFamily: 'AUTO',
        coresCount: 4,
        ramSize: 4096,
        availabilityZone: 'AUTO',
        storageType: 'SSD',
        storageSize: 20,
        maintenanceWindow: window,
      },
    });
  });

  it('sends RAM in MB, autoscaling bounds and the label maps', () => {
    const body = requestFromValues(
      complete({
        scaling: 'autoscaling',
        nodeCount: '2',
        minNodeCount: '1',
        maxNodeCount: '4',
        cpuFamily: 'AMD_EPYC',
        ramGb: '24',
        labels: [{ key: 'team', value: '' }],
        annotations: [{ key: 'example.com/note', value: 'free text: ok' }],
      }),
      FAMILIES,
    );
    expect(body?.properties).toMatchObject({
      ramSize: 24576,
      autoScaling: { minNodeCount: 1, maxNodeCount: 4 },
      labels: { team: '' },
      annotations: { 'example.com/note': 'free text: ok' },
    });
    expect(createNodePoolRequestSchema.parse(body)).toEqual(body);
  });
});

describe('rules', () => {
  it('keeps cores and RAM within the family’s maximums (AUTO: the largest)', () => {
    expect(issues(complete({ cpuFamily: 'INTEL_SKYLAKE', coresCount: '17', ramGb: '65' }))).toEqual({
      coresCount: 'INTEL_SKYLAKE allows at most 16 cores per node.',
      ramGb: 'INTEL_SKYLAKE allows at most 64 GB of RAM per node.',
    });
    expect(issues(complete({ cpuFamily: 'INTEL_SKYLAKE', coresCount: '16', ramGb: '64' }))).toEqual({});
    expect(issues(complete({ coresCount: '33' }))).toEqual({ coresCount: 'This data center allows at most 32 cores per node.' });
    expect(issues(complete({ cpuFamily: 'ARM' }))).toEqual({
      cpuFamily: "ARM is not offered in this cluster's data center; choose one of AUTO, INTEL_SKYLAKE, AMD_EPYC.",
    });
  });

  it('explains RAM, storage and counts in the user’s units', () => {
    expect(issues(complete({ ramGb: '1', storageSize: '9', nodeCount: '', coresCount: '2.5' }))).toEqual({
      ramGb: 'A node has at least 2 GB of RAM.',
      storageSize: 'A node has at least 10 GB of storage.',
      nodeCount: 'Enter the node count.',
      coresCount: 'Enter the number of cores as a whole number.',
    });
  });

  it('refuses the operators’ label on a new pool', () => {
    expect(issues(complete({ labels: [{ key: 'dataplatform.sandbox.test/pool', value: 'x' }] }))['labels.0.key']).toMatch(/use another key/);
  });
});

describe('steps', () => {
  it('never goes past the first invalid step', () => {
    expect(parseStep('machine')).toBe('machine');
    expect(parseStep('nope')).toBe('size');
    expect(firstInvalidStep(defaultCreateNodePoolForm(), FAMILIES)).toBe('size');
    expect(firstInvalidStep(complete({ ramGb: '512' }), FAMILIES)).toBe('machine');
    expect(firstInvalidStep(complete({ labels: [{ key: 'a b', value: '' }] }), FAMILIES)).toBe('labels');
    expect(allowedStep('review', complete({ scaling: 'autoscaling', nodeCount: '9' }), FAMILIES)).toBe('size');
    expect(allowedStep('review', complete(), FAMILIES)).toBe('review');
    expect(stepOfField('labels.2.key')).toBe('labels');
    expect(stepOfField('ramGb')).toBe('machine');
  });
});

describe('replacing a pool', () => {
  it('starts from the old pool’s shape with a new name', () => {
    const old = nodePoolResponseSchema.parse({
      id: 'p',
      metadata: {},
      properties: {
        name: 'workers',
        nodeCount: 3,
        cpuFamily: 'AMD_EPYC',
        ramSize: 8192,
        labels: { team: 'a' },
        autoScaling: { minNodeCount: 2, maxNodeCount: 6 },
      },
    });
    expect(formValuesFromPool(old, 'workers-2', window)).toMatchObject({
      name: 'workers-2',
      scaling: 'autoscaling',
      minNodeCount: '2',
      maxNodeCount: '6',
      ramGb: '8',
      labels: [{ key: 'team', value: 'a' }],
    });
  });
});

describe('drafts', () => {
  it('round-trips unfinished values per cluster and ignores junk', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
    const key = draftKey('c1');
    const draft = complete({ name: '-unfinished', ramGb: '', labels: [{ key: 'a b', value: '' }] });
    writeDraft(storage, key, draft);
    expect(readDraft(storage, key)).toEqual(draft);
    expect(readDraft(storage, draftKey('c1', 'p1'))).toBeUndefined();
    map.set(key, '{"name": 1}');
    expect(readDraft(storage, key)).toBeUndefined();
    clearDraft(storage, key);
    expect(map.size).toBe(0);
  });
});

describe('server errors', () => {
  const error = (status: number, ...messages: string[]) => new BffError({ status, messages: messages.map((message) => ({ message })) });
  const fields = ['name', 'nodeCount', 'minNodeCount', 'maxNodeCount', 'cpuFamily', 'coresCount', 'ramGb', 'labels'];
  const words: SubmitWords = { ...CREATE_POOL_ERRORS.words, failed: 'Not created', mayHave: 'May have been created' };
  const fieldErrorFromMessage = (text: string, roots: readonly string[]) => fieldErrorOf(text, pickFields(POOL_FIELD_OF, roots));
  const interpretSubmitError = (e: unknown, roots: readonly string[], w: SubmitWords) =>
    mapSubmitError(e, { fieldOf: pickFields(POOL_FIELD_OF, roots), words: w });

  it('maps contract paths onto the form’s fields', () => {
    expect(fieldErrorFromMessage('properties.ramSize: At most 65536 MB.', fields)).toEqual({ field: 'ramGb', message: 'At most 65536 MB.' });
    expect(fieldErrorFromMessage('properties.autoScaling.maxNodeCount: Too small.', fields)).toEqual({
      field: 'maxNodeCount',
      message: 'Too small.',
    });
    expect(fieldErrorFromMessage('properties.labels.team: Bad.', fields)).toEqual({ field: 'labels', message: 'Bad.' });
    expect(fieldErrorFromMessage('properties.storageSize: Bad.', fields)).toBeUndefined();
  });

  it('puts a taken name on the name and warns after a lost answer', () => {
    expect(interpretSubmitError(error(409, "The cluster 'c' already has a node pool named 'x'."), fields, words).fieldErrors[0]?.field).toBe('name');
    expect(
      interpretSubmitError(error(409, "The cluster 'c' is UPDATING; add node pools once it is no longer in a transitional state."), fields, words)
        .banner?.title,
    ).toBe('Not created');
    expect(interpretSubmitError(error(504), fields, words).banner).toMatchObject({ tone: 'warning', title: 'May have been created' });
  });
});
