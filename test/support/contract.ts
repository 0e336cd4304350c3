// Where the tests read the Data Platform API contract. The source of truth is ../shared/api (beside the
// repository); the repository keeps a copy in contract/ so a clone elsewhere still tests against it, and
// test/contract/copy.test.ts fails when the copy and the source differ.
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
export const VENDORED_CONTRACT = path.join(root, 'contract/dataplatform.openapi.yaml');
export const SHARED_CONTRACT = path.resolve(root, '../shared/api/dataplatform.openapi.yaml');
/** JSON field names of every model as the official SDKs (Go 1.1.1, Python 1.0.1) map them. */
export const VENDORED_SDK_FIELDS = path.join(root, 'contract/sdk-field-names.json');
export const SHARED_SDK_FIELDS = path.resolve(root, '../shared/api/sdk-field-names.json');

export function contractPath(): string {
  return existsSync(SHARED_CONTRACT) ? SHARED_CONTRACT : VENDORED_CONTRACT;
}

export function sdkFieldNamesPath(): string {
  return existsSync(SHARED_SDK_FIELDS) ? SHARED_SDK_FIELDS : VENDORED_SDK_FIELDS;
}
