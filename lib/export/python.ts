// Python with IONOS's SDK ionoscloud_dataplatform. Its 1.0 models have no `lans` and no `autoScaling` (they would
// drop both), so the body goes as a dict, which the SDK's ApiClient sends as it is.
import { createPath, subjectName, type ExportSubject } from '@/lib/export/subject';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// JSON's string escapes (\" \\ \n \r \t \b \f \uXXXX) mean the same in Python, so a JSON string is a Python literal.
const pyString = (value: string): string => JSON.stringify(value);

/** A Python literal of JSON data, indented by four spaces per level. */
export function pythonLiteral(value: unknown, depth = 0): string {
  const json = value as Json;
  const pad = '    '.repeat(depth + 1);
  const close = '    '.repeat(depth);
  if (json === null) return 'None';
  if (typeof json === 'boolean') return json ? 'True' : 'False';
  if (typeof json === 'number') return String(json);
  if (typeof json === 'string') return pyString(json);
  if (Array.isArray(json)) {
    if (json.length === 0) return '[]';
    return `[\n${json.map((item) => `${pad}${pythonLiteral(item, depth + 1)},`).join('\n')}\n${close}]`;
  }
  const entries = Object.entries(json);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${pad}${pyString(key)}: ${pythonLiteral(item, depth + 1)},`).join('\n')}\n${close}}`;
}

export function pythonSnippet(subject: ExportSubject): string {
  const cluster = subject.kind === 'cluster';
  const call = cluster
    ? ['    api = ionoscloud_dataplatform.DataPlatformClusterApi(api_client)', '    created = api.clusters_post(request_body)']
    : [
        '    api = ionoscloud_dataplatform.DataPlatformNodePoolApi(api_client)',
        `    created = api.clusters_nodepools_post(${pyString(subject.clusterId ?? '<cluster-id>')}, request_body)`,
      ];
  return [
    `"""Creates the Data Platform ${cluster ? 'cluster' : 'node pool'} ${subjectName(subject)} (POST ${createPath(subject)}) with ionoscloud_dataplatform."""`,
    '# pip install ionoscloud-dataplatform',
    '# Credentials come from the SDK’s environment variables: IONOS_TOKEN, or IONOS_USERNAME and IONOS_PASSWORD;',
    '# a token wins when both are set. IONOS_API_URL overrides the API URL.',
    'import os',
    '',
    'import ionoscloud_dataplatform',
    '',
    'configuration = ionoscloud_dataplatform.Configuration(',
    '    host=os.environ.get("IONOS_API_URL"),',
    '    token=os.environ.get("IONOS_TOKEN"),',
    '    username=os.environ.get("IONOS_USERNAME"),',
    '    password=os.environ.get("IONOS_PASSWORD"),',
    ')',
    '',
    '# The exact request body, as a dict: the SDK sends it unchanged.',
    `request_body = ${pythonLiteral(subject.body)}`,
    '',
    'with ionoscloud_dataplatform.ApiClient(configuration) as api_client:',
    ...call,
    '    print(created.id, created.metadata.state)',
    '',
  ].join('\n');
}
