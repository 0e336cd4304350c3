// Every JSON key the sandbox sends, for every operation and for success and error answers, must be a field
// the official SDKs (Go 1.1.1, Python 1.0.1) know: a key they spell otherwise is silently dropped by them
// (metadata `eTag` was such a key). The response schema of the contract says which model an object is;
// free-form maps (labels, annotations) and the kubeconfig carry values, not fields, so their keys are skipped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sdkFieldNamesPath } from '@/test/support/contract';
import { setupSandbox } from './support/harness';
import { loadContract } from './support/openapi';
import { callOperation, OPERATION_SCENARIOS, type Call } from './support/operation-scenarios';

type Json = Record<string, unknown>;

const sdkModels = (JSON.parse(readFileSync(sdkFieldNamesPath(), 'utf8')) as { models: Record<string, string[]> }).models;
const contract = loadContract();
const h = setupSandbox();

/** Contract schemas whose SDK model has another name. */
const SDK_MODEL_OF: Record<string, string> = { VersionList: 'VersionsGet200Response' };
/** Contract schemas whose keys are data, not fields. */
const FREE_FORM = new Set(['KeyValueMap', 'Kubeconfig']);

/** Keys of `value` the SDKs do not know, as paths (`metadata.eTag (Metadata)`), walking it along `schema`. */
function unknownKeys(value: unknown, schema: Json | undefined, path = '$', found: string[] = []): string[] {
  if (value === null || typeof value !== 'object' || !schema) return found;
  const ref = typeof schema.$ref === 'string' ? schema.$ref.split('/').pop()! : undefined;
  if (ref && FREE_FORM.has(ref)) return found;
  const node = ref ? contract.schemas[ref] : schema;
  if (!node) return [...found, `${path}: no contract schema ${ref}`];
  const branch = ((node.allOf ?? node.anyOf) as Json[] | undefined)?.find((s) => s.type !== 'null');
  if (branch) return unknownKeys(value, branch, path, found);
  if (Array.isArray(value)) {
    value.forEach((item, i) => unknownKeys(item, node.items as Json | undefined, `${path}[${i}]`, found));
    return found;
  }
  const model = ref ? (SDK_MODEL_OF[ref] ?? ref) : undefined;
  const fields = model ? sdkModels[model] : undefined;
  if (!fields) return [...found, `${path}: object of no SDK model (${ref ?? 'inline schema'})`];
  const properties = (node.properties ?? {}) as Record<string, Json>;
  for (const [key, child] of Object.entries(value as Json)) {
    if (!fields.includes(key)) found.push(`${path}.${key} (${model})`);
    else unknownKeys(child, properties[key], `${path}.${key}`, found);
  }
  return found;
}

const seen = new Map<string, Set<number>>();

async function op(operationId: string, expected: number, call: Call = {}) {
  const operation = contract.operations.get(operationId)!;
  const answer = await callOperation(h, operation, call);
  expect(answer.status, JSON.stringify(answer.body)).toBe(expected);
  const schema = operation.responses.get(String(answer.status));
  expect(schema, `${operationId} ${answer.status} has a response schema`).toBeTruthy();
  expect(unknownKeys(answer.body, schema!), `${operationId} ${answer.status}`).toEqual([]);
  seen.set(operationId, (seen.get(operationId) ?? new Set()).add(answer.status));
  return answer;
}

describe('JSON keys of the sandbox, as the official SDKs name them', () => {
  it('flags a key the SDKs do not know, but not the keys of labels', () => {
    const body = {
      id: 'x',
      metadata: { eTag: 'e1', state: 'AVAILABLE' },
      properties: { name: 'p', labels: { eTag: 'a value' }, autoScaling: { minNodeCount: 1, maxnodecount: 2 } },
    };
    expect(unknownKeys(body, { $ref: '#/components/schemas/NodePoolResponseData' })).toEqual([
      '$.metadata.eTag (Metadata)',
      '$.properties.autoScaling.maxnodecount (AutoScaling)',
    ]);
    expect(unknownKeys({ httpStatus: 400, messages: [{ code: 'X' }] }, { $ref: '#/components/schemas/ErrorResponse' })).toEqual([
      '$.messages[0].code (ErrorMessage)',
    ]);
  });

  for (const [name, scenario] of Object.entries(OPERATION_SCENARIOS)) {
    it(name, () => scenario(op, h));
  }

  it('answers unknown paths and methods with ErrorResponse keys too', async () => {
    for (const [method, path, status] of [
      ['GET', '/dataplatform/nothing', 404],
      ['PUT', '/dataplatform/clusters', 405],
    ] as const) {
      const answer = await h.as('user').call(method, path);
      expect(answer.status).toBe(status);
      expect(unknownKeys(answer.body, { $ref: '#/components/schemas/ErrorResponse' })).toEqual([]);
    }
  });

  // Runs last: the scenarios above exercised every operation with a success and an error answer.
  it('walked every operation of the contract, with a success and an error answer', () => {
    const missing = [...contract.operations.keys()].filter((id) => {
      const statuses = [...(seen.get(id) ?? [])];
      return !statuses.some((s) => s < 300) || !statuses.some((s) => s >= 400);
    });
    expect(missing).toEqual([]);
  });
});
