import { describe, expect, it } from 'vitest';
import {
  clusterFields,
  clusterFormValues as formValuesFrom,
  clusterPatch as patchFromForm,
  EDIT_CLUSTER_ERRORS,
  editClusterFormSchema,
} from '@/components/clusters/edit/edit-form';
import { BffError } from '@/lib/api/client';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { mapSubmitError } from '@/lib/forms/submit-errors';

const describeFieldValue = clusterFields.describe;

const loaded: ClusterResponse = {
  id: 'c1',
  metadata: { ETag: 'e1', state: 'AVAILABLE' },
  properties: {
    name: 'lakehouse-net',
    dataPlatformVersion: '24.11',
    maintenanceWindow: { dayOfTheWeek: 'Wednesday', time: '22:30:00' },
    lans: [
      { lanId: '2', dhcp: false, routes: [{ network: '10.7.0.0/16', gateway: '10.2.0.1' }] },
      { lanId: '3', dhcp: true },
    ],
  },
};

const parse = (values: unknown) => editClusterFormSchema.parse(values);

describe('the edit form', () => {
  it('starts from the cluster and sends nothing when nothing changed', () => {
    const values = formValuesFrom(loaded);
    expect(values.lans[1]).toEqual({ lanId: '3', dhcp: true, routes: [] });
    expect(patchFromForm(parse(values), loaded)).toBeUndefined();
  });

  it('sends only the changed fields', () => {
    const values = formValuesFrom(loaded);
    expect(patchFromForm(parse({ ...values, name: 'lakehouse-2' }), loaded)).toEqual({ properties: { name: 'lakehouse-2' } });
    expect(patchFromForm(parse({ ...values, maintenanceWindow: { dayOfTheWeek: 'Friday', time: '01:00:00' } }), loaded)).toEqual({
      properties: { maintenanceWindow: { dayOfTheWeek: 'Friday', time: '01:00:00' } },
    });
    const lans = [{ lanId: '3', dhcp: false, routes: [{ network: '10.9.0.0/16', gateway: '10.3.0.1' }] }];
    expect(patchFromForm(parse({ ...values, lans }), loaded)).toEqual({ properties: { lans } });
    expect(patchFromForm(parse({ ...values, lans: [] }), loaded)).toEqual({ properties: { lans: [] } });
  });

  it('refuses a LAN joined twice, a bad route and a bad name with specific messages', () => {
    const values = formValuesFrom(loaded);
    const result = editClusterFormSchema.safeParse({
      ...values,
      name: '-bad',
      lans: [
        { lanId: '2', dhcp: true, routes: [{ network: '10.7.0.1/16', gateway: '10.2.0.1' }] },
        { lanId: '2', dhcp: true, routes: [] },
      ],
    });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
    expect(issues).toContainEqual(expect.stringMatching(/^name: Start and end/));
    expect(issues).toContainEqual(expect.stringMatching(/^lans\.0\.routes\.0\.network: .*host bits/));
    expect(issues).toContainEqual('lans.1.lanId: LAN 2 is already joined above (entry 1).');
  });
});

describe('describeFieldValue', () => {
  it('reads every field in one line', () => {
    expect(describeFieldValue('name', 'a')).toBe('a');
    expect(describeFieldValue('maintenanceWindow', { dayOfTheWeek: 'Monday', time: '02:00:00' })).toBe('Monday 02:00 UTC');
    expect(describeFieldValue('lans', loaded.properties.lans)).toBe('LAN 2 (static, 1 route), LAN 3 (DHCP)');
    expect(describeFieldValue('lans', [])).toBe('None');
    expect(describeFieldValue('name', undefined)).toBe('Not set');
  });
});

describe('mapSubmitError with the edit form fields', () => {
  it('puts field messages on fields and keeps the rest', () => {
    const texts = ["properties.lans.0.lanId: LAN '9' does not exist in data center x.", 'Something else.', 'properties.dataPlatformVersion: no'];
    const outcome = mapSubmitError(new BffError({ status: 400, messages: texts.map((message) => ({ message })) }), EDIT_CLUSTER_ERRORS);
    expect({ fields: outcome.fieldErrors, rest: outcome.banner?.messages }).toEqual({
      fields: [{ field: 'lans.0.lanId', message: "LAN '9' does not exist in data center x." }],
      rest: ['Something else.', 'properties.dataPlatformVersion: no'],
    });
  });

  it('puts a taken name on the name field', () => {
    const taken = new BffError({ status: 409, messages: [{ message: "A cluster named 'kafka-dev' already exists in contract 1." }] });
    expect(mapSubmitError(taken, EDIT_CLUSTER_ERRORS)).toEqual({
      fieldErrors: [{ field: 'name', message: "A cluster named 'kafka-dev' already exists in contract 1." }],
    });
  });
});
