// Reads the contract YAML and validates answers against it with ajv: the status must be one the
// operation lists, and the body must match that response's schema from `components`.
import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { contractPath } from '@/test/support/contract';

const CONTRACT_PATH = contractPath();
const DOC_ID = 'dataplatform.openapi.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Json = Record<string, unknown>;

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  /** status → response schema (already a $ref into the document) or null when there is no body. */
  responses: Map<string, Json | null>;
}

/** OpenAPI 3.0 `nullable` is not JSON Schema: rewrite it as `anyOf [schema, null]`. */
function convertNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convertNullable);
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node as Json).map(([k, v]) => [k, convertNullable(v)] as const);
  const object = Object.fromEntries(entries) as Json;
  if (object.nullable !== true) return object;
  delete object.nullable;
  return { anyOf: [object, { type: 'null' }] };
}

function resolveResponse(doc: Json, response: Json): Json {
  const ref = response.$ref;
  if (typeof ref !== 'string') return response;
  const name = ref.replace('#/components/responses/', '');
  return ((doc.components as Json).responses as Json)[name] as Json;
}

export function loadContract() {
  const doc = convertNullable(parse(readFileSync(CONTRACT_PATH, 'utf8'))) as Json;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: DOC_ID, components: doc.components }, DOC_ID);

  const operations = new Map<string, Operation>();
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const method of METHODS) {
      const op = (item as Json)[method] as Json | undefined;
      if (!op) continue;
      const responses = new Map<string, Json | null>();
      for (const [status, raw] of Object.entries(op.responses as Json)) {
        const response = resolveResponse(doc, raw as Json);
        const schema = ((response.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema as Json | undefined;
        responses.set(status, schema ?? null);
      }
      operations.set(op.operationId as string, { operationId: op.operationId as string, method: method.toUpperCase(), path, responses });
    }
  }

  const compiled = new Map<string, ValidateFunction>();
  /** Ajv validator of the schema; `$ref`s are made absolute against the document. */
  function validatorFor(schema: Json): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = compiled.get(key);
    if (!validate) {
      const absolute = JSON.parse(key.replace(/"#\/components\//g, `"${DOC_ID}#/components/`)) as Json;
      validate = ajv.compile(absolute);
      compiled.set(key, validate);
    }
    return validate;
  }

  /** Problems with an answer to `operationId`; empty when it conforms. */
  function check(operationId: string, status: number, body: unknown): string[] {
    const op = operations.get(operationId);
    if (!op) return [`unknown operation ${operationId}`];
    const schema = op.responses.get(String(status));
    if (schema === undefined) return [`${operationId}: status ${status} is not listed (${[...op.responses.keys()].join(', ')})`];
    if (schema === null) return [];
    const validate = validatorFor(schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${operationId} ${status}: ${e.instancePath || '/'} ${e.message ?? ''}`);
  }

  /** Validates a request body against the operation's request schema (for the test's own inputs). */
  function checkRequest(operationId: string, body: unknown): string[] {
    const op = operations.get(operationId)!;
    const item = (doc.paths as Json)[op.path] as Json;
    const requestBody = (item[op.method.toLowerCase()] as Json).requestBody as Json | undefined;
    const schema = ((requestBody?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema as Json | undefined;
    if (!schema) return [];
    const validate = validatorFor(schema);
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${operationId} request: ${e.instancePath || '/'} ${e.message ?? ''}`);
  }

  /** The document's `components.schemas` (nullable already rewritten), for tests that walk answers by schema. */
  const schemas = (doc.components as Json).schemas as Record<string, Json>;

  return { operations, schemas, check, checkRequest };
}
