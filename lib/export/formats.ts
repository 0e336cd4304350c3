// The export formats, in the order the panel shows them: one generator, file extension and note each.
import { curlSnippet } from '@/lib/export/curl';
import { goSnippet } from '@/lib/export/go';
import { IONOSCTL_VERSION, ionosctlSnippet } from '@/lib/export/ionosctl';
import { pythonSnippet } from '@/lib/export/python';
import { subjectName, type ExportSubject } from '@/lib/export/subject';
import { TERRAFORM_PROVIDER_VERSION, terraformSnippet } from '@/lib/export/terraform';

export type ExportFormatId = 'curl' | 'python' | 'go' | 'terraform' | 'ionosctl';

export type ExportFormat = {
  id: ExportFormatId;
  label: string;
  extension: string;
  mimeType: string;
  generate: (subject: ExportSubject) => string;
  /** Shown next to the code. */
  note?: string;
};

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'curl', label: 'curl', extension: 'sh', mimeType: 'text/x-shellscript', generate: curlSnippet },
  { id: 'python', label: 'Python', extension: 'py', mimeType: 'text/x-python', generate: pythonSnippet },
  { id: 'go', label: 'Go', extension: 'go', mimeType: 'text/x-go', generate: goSnippet },
  {
    id: 'terraform',
    label: 'Terraform',
    extension: 'tf',
    mimeType: 'text/plain',
    generate: terraformSnippet,
    note: `The ionoscloud Terraform provider dropped Data Platform in August 2025 (v6.7.14). This pins ${TERRAFORM_PROVIDER_VERSION}, the last release with these resources.`,
  },
  {
    id: 'ionosctl',
    label: 'ionosctl',
    extension: 'sh',
    mimeType: 'text/x-shellscript',
    generate: ionosctlSnippet,
    note: `ionosctl dropped its Data Platform commands in August 2025 (v6.9.2). These commands need ${IONOSCTL_VERSION}, the last release that has them.`,
  },
];

/** "analytics-terraform.tf": the resource's name (safe for any file system) and the format, which keeps the two .sh apart. */
export function exportFileName(subject: ExportSubject, format: ExportFormat): string {
  return `${subjectName(subject).replace(/[^A-Za-z0-9_.-]/g, '_')}-${format.id}.${format.extension}`;
}
