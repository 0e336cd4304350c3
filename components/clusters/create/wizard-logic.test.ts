import { describe, expect, it } from 'vitest';
import { CLUSTER_FIELD_OF } from '@/components/clusters/create/field-map';
import { createClusterFormSchema, emptyCreateClusterForm, type CreateClusterFormInput } from '@/components/clusters/create/form-schema';
import { requestFromValues } from '@/components/clusters/create/to-request';
import { clusterWizard, CREATE_CLUSTER_WORDS, DRAFT_KEY } from '@/components/clusters/create/wizard';
import { BffError } from '@/lib/api/client';
import { createClusterRequestSchema } from '@/lib/api/clusters/schema';
import { fieldErrorFromMessage as fieldErrorOf, mapSubmitError, type FieldMap } from '@/lib/forms/submit-errors';

const { allowedStep, firstInvalidStep, parseStep, stepOfField } = clusterWizard;
type Storage = Parameters<typeof clusterWizard.draft.read>[1];
const readDraft = (storage: Storage) => clusterWizard.draft.read(DRAFT_KEY, storage);
const writeDraft = (storage: Storage, values: unknown) => clusterWizard.draft.write(DRAFT_KEY, values, storage);
const clearDraft = (storage: Storage) => clusterWizard.draft.clear(DRAFT_KEY, storage);
const interpretSubmitError = (error: unknown) => mapSubmitError(error, { fieldOf: CLUSTER_FIELD_OF, words: CREATE_CLUSTER_WORDS });
const fieldErrorFromMessage = (text: string, fieldOf: FieldMap = CLUSTER_FIELD_OF) => fieldErrorOf(text, fieldOf);

const DC = '0f0a3c8e-5b1d-4c2e-9a61-1d2b3c4d5e01';

function complete(overrides: Partial<CreateClusterFormInput> = {}): CreateClusterFormInput {
  return { ...emptyCreateClusterForm(), name: 'kafka-new', dataPlatformVersion: '25.3', datacenterId: DC, ...overrides };
}

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

describe('steps', () => {
  it('reads the step from the URL, defaulting to the first', () => {
    expect(parseStep('location')).toBe('location');
    expect(parseStep('nonsense')).toBe('basics');
    expect(parseStep(null)).toBe('basics');
  });

  it('never goes past the first invalid step', () => {
    expect(firstInvalidStep(emptyCreateClusterForm())).toBe('basics');
    expect(firstInvalidStep(complete({ datacenterId: '' }))).toBe('location');
    expect(firstInvalidStep(complete({ lans: [{ lanId: '2', dhcp: true, routes: [{ network: '10.0.0.1/8', gateway: '10.0.0.1' }] }] }))).toBe(
      'location',
    );
    expect(firstInvalidStep(complete({ maintenanceWindow: { dayOfTheWeek: 'Monday', time: '' } }))).toBe('maintenance');
    expect(firstInvalidStep(complete())).toBe('review');
    expect(allowedStep('review', complete({ name: '-bad' }))).toBe('basics');
    expect(allowedStep('location', complete())).toBe('location');
  });

  it('finds the step of a field path', () => {
    expect(stepOfField('name')).toBe('basics');
    expect(stepOfField('lans.0.routes.1.gateway')).toBe('location');
    expect(stepOfField('maintenanceWindow.time')).toBe('maintenance');
    expect(stepOfField('nodePools')).toBeUndefined();
  });
});

describe('form schema', () => {
  it('explains empty choices and checks routes', () => {
    const result = createClusterFormSchema.safeParse(
      complete({
        dataPlatformVersion: '',
        datacenterId: '',
        lans: [
          {
            lanId: '2',
            dhcp: false,
            routes: [
              { network: '10.1.0.0/16', gateway: 'fd00::1' },
              { network: '10.1.0.0/16', gateway: '10.0.0.1' },
            ],
          },
        ],
      }),
    );
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(issues).toEqual({
      dataPlatformVersion: 'Choose a Data Platform version.',
      datacenterId: 'Choose a data center.',
      'lans.0.routes.0.gateway': 'The gateway must be an IPv4 address, like the network.',
      'lans.0.routes.1.network': 'Route 1 already uses this network.',
    });
  });
});

describe('requestFromValues', () => {
  it('builds the contract body and leaves out empty lists', () => {
    const body = requestFromValues(complete({ lans: [{ lanId: '2', dhcp: true, routes: [] }] }));
    expect(body).toEqual({
      properties: {
        name: 'kafka-new',
        dataPlatformVersion: '25.3',
        datacenterId: DC,
        maintenanceWindow: { dayOfTheWeek: 'Sunday', time: '02:00:00' },
        lans: [{ lanId: '2', dhcp: true }],
      },
    });
    expect(createClusterRequestSchema.parse(body)).toEqual(body);
    expect(requestFromValues(complete())?.properties).not.toHaveProperty('lans');
  });

  it('keeps routes in order', () => {
    const routes = [
      { network: '10.1.0.0/16', gateway: '10.0.0.1' },
      { network: 'fd00:1::/64', gateway: 'fd00::1' },
    ];
    expect(requestFromValues(complete({ lans: [{ lanId: '3', dhcp: false, routes }] }))?.properties.lans).toEqual([
      { lanId: '3', dhcp: false, routes },
    ]);
  });

  it('gives nothing while a value is invalid', () => {
    expect(requestFromValues(complete({ name: 'x' }))).toBeUndefined();
  });
});

describe('draft storage', () => {
  it('round-trips unfinished values and clears them', () => {
    const storage = memoryStorage();
    const draft = complete({ name: '-bad', lans: [{ lanId: '2', dhcp: false, routes: [{ network: '10.', gateway: '' }] }] });
    writeDraft(storage, draft);
    expect(readDraft(storage)).toEqual(draft);
    clearDraft(storage);
    expect(readDraft(storage)).toBeUndefined();
  });

  it('survives junk and storage that throws', () => {
    const storage = memoryStorage();
    storage.map.set(DRAFT_KEY, '{not json');
    expect(readDraft(storage)).toBeUndefined();
    storage.map.set(DRAFT_KEY, JSON.stringify({ name: 42, lans: 'x', maintenanceWindow: { dayOfTheWeek: 'Caturday', time: '02:00:00' } }));
    expect(readDraft(storage)).toEqual(emptyCreateClusterForm());
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readDraft(broken)).toBeUndefined();
    expect(() => writeDraft(broken, complete())).not.toThrow();
    expect(() => clearDraft(broken)).not.toThrow();
  });
});

describe('mapSubmitError with the cluster fields', () => {
  const error = (status: number, ...messages: string[]) =>
    new BffError({ status, messages: messages.map((message) => ({ errorCode: 'X', message })) });

  it('puts field messages on their fields and the rest in a banner', () => {
    expect(fieldErrorFromMessage('properties.lans.0.lanId: LAN 9 does not exist.')).toEqual({
      field: 'lans.0.lanId',
      message: 'LAN 9 does not exist.',
    });
    expect(fieldErrorFromMessage('properties.unknownField: Unknown field.')).toBeUndefined();
    expect(interpretSubmitError(error(400, 'properties.name: Too short.'))).toEqual({ fieldErrors: [{ field: 'name', message: 'Too short.' }] });
    const mixed = interpretSubmitError(error(400, 'properties.datacenterId: No such data center.', 'body: Something else.'));
    expect(mixed.fieldErrors).toEqual([{ field: 'datacenterId', message: 'No such data center.' }]);
    expect(mixed.banner?.messages).toEqual(['body: Something else.']);
  });

  it('puts a conflict on the name', () => {
    expect(interpretSubmitError(error(409, "A cluster named 'x' already exists."))).toEqual({
      fieldErrors: [{ field: 'name', message: "A cluster named 'x' already exists." }],
    });
  });

  it('warns that a failed or unanswered create may have happened', () => {
    for (const status of [0, 500, 502, 504]) {
      const outcome = interpretSubmitError(error(status));
      expect(outcome.banner?.mayHaveHappened).toBe(true);
      expect(outcome.banner?.title).toBe('The cluster may still have been created');
    }
  });

  it('explains other failures in a banner', () => {
    expect(interpretSubmitError(error(403)).banner?.messages).toEqual(["You don't have permission to do this."]);
    expect(interpretSubmitError(error(401)).banner?.title).toBe('Your session has ended');
    expect(interpretSubmitError(new Error('boom')).banner?.tone).toBe('destructive');
  });
});
