// Every operation of the contract, with success and error answers, validated against the YAML itself.
import { describe, expect, it } from 'vitest';
import { loadContract } from './support/openapi';
import { setupSandbox } from './support/harness';
import { callOperation, OPERATION_SCENARIOS, type Call } from './support/operation-scenarios';

const contract = loadContract();
const h = setupSandbox();
const seen = new Map<string, Set<number>>();

/** Calls an operation by its id, checks the answer against the contract and records the status. */
async function op(operationId: string, expected: number, call: Call = {}) {
  const operation = contract.operations.get(operationId);
  if (!operation) throw new Error(`no operation ${operationId}`);
  if (call.body !== undefined && expected < 300) expect(contract.checkRequest(operationId, call.body)).toEqual([]);
  const answer = await callOperation(h, operation, call);
  expect(answer.status, JSON.stringify(answer.body)).toBe(expected);
  expect(answer.headers.get('content-type')).toContain('application/json');
  expect(contract.check(operationId, answer.status, answer.body)).toEqual([]);
  if (answer.status >= 400) expect(answer.body.httpStatus).toBe(answer.status);
  seen.set(operationId, (seen.get(operationId) ?? new Set()).add(answer.status));
  return answer;
}

describe('contract conformance', () => {
  for (const [name, scenario] of Object.entries(OPERATION_SCENARIOS)) {
    it(name, () => scenario(op, h));
  }

  // Runs last (tests of a file run in order): the whole contract was exercised above.
  it('exercised every operation of the YAML with a success and an error answer', () => {
    const missing = [...contract.operations.keys()].filter((id) => {
      const statuses = [...(seen.get(id) ?? [])];
      return !statuses.some((s) => s < 300) || !statuses.some((s) => s >= 400);
    });
    expect(contract.operations.size).toBe(12);
    expect(missing).toEqual([]);
  });
});
