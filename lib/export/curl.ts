// curl: the create request itself. The body goes through a quoted here-document, so the shell changes nothing in it
// (no quoting rules to get wrong for labels with quotes, backslashes or newlines: JSON escapes those).
import { createPath, DATAPLATFORM_API_URL, subjectName, type ExportSubject } from '@/lib/export/subject';

/** A single-quoted shell word: the one character that needs care inside '…' is ' itself. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

export function curlSnippet(subject: ExportSubject): string {
  const what = subject.kind === 'cluster' ? 'cluster' : 'node pool';
  const pending = subject.kind === 'nodepool' && !subject.clusterId ? ['# Replace <cluster-id> with the ID of the cluster.'] : [];
  return [
    '#!/bin/sh',
    `# Creates the Data Platform ${what} ${subjectName(subject)}: POST ${createPath(subject)} with the exact body the console sends.`,
    '# Needs IONOS_TOKEN in the environment (for example from `ionosctl token generate`).',
    ...pending,
    'curl --fail-with-body --silent --show-error \\',
    `  --request POST ${shellQuote(`${DATAPLATFORM_API_URL}${createPath(subject)}`)} \\`,
    '  --header "Authorization: Bearer $IONOS_TOKEN" \\',
    "  --header 'Content-Type: application/json' \\",
    "  --data-binary @- <<'JSON'",
    JSON.stringify(subject.body, null, 2),
    'JSON',
    '',
  ].join('\n');
}
