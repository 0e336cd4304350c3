// Kubernetes rules for node pool labels and annotations, as the contract's KeyValueMap refers to them
// (k8s.io/apimachinery validation: IsQualifiedName, IsValidLabelValue, ValidateAnnotations). Each check
// returns the message to show, or undefined when the value is fine, so forms can use them while typing.
import { z } from 'zod';

/** The name part of a key, and a label value, have at most this many characters. */
export const NAME_MAX_LENGTH = 63;
/** The optional DNS-subdomain prefix of a key (before the `/`). */
export const PREFIX_MAX_LENGTH = 253;
/** All annotation keys and values together, in bytes (UTF-8), like Kubernetes' TotalAnnotationSizeLimitB. */
export const ANNOTATIONS_MAX_BYTES = 256 * 1024;

const NAME_CHARS = /^[-A-Za-z0-9_.]*$/;
const ALPHANUMERIC = /^[A-Za-z0-9]$/;
const PREFIX_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;

export type KeyValueEntry = { key: string; value: string };

/** The first character outside `allowed`, shown so the user sees what to remove (a space is named). */
function firstBadCharacter(text: string, allowed: RegExp): string | undefined {
  const bad = [...text].find((char) => !allowed.test(char));
  if (bad === undefined) return undefined;
  return bad === ' ' ? 'a space' : `“${bad}”`;
}

/** Shared by a key's name and a label value: letters, digits, '-', '_', '.', alphanumeric at both ends. */
function nameProblem(text: string, what: string): string | undefined {
  if (text.length > NAME_MAX_LENGTH) return `${what} has ${text.length} characters; at most ${NAME_MAX_LENGTH} are allowed.`;
  if (!NAME_CHARS.test(text)) {
    return `${what} may use only letters, digits, '-', '_' and '.'; ${firstBadCharacter(text, /[-A-Za-z0-9_.]/)} is not allowed.`;
  }
  if (!ALPHANUMERIC.test(text.charAt(0)) || !ALPHANUMERIC.test(text.charAt(text.length - 1))) {
    return `${what} must start and end with a letter or digit.`;
  }
  return undefined;
}

function prefixProblem(prefix: string): string | undefined {
  if (prefix.length === 0) return "The prefix before '/' is empty; remove the '/' or enter a domain such as example.com.";
  if (prefix.length > PREFIX_MAX_LENGTH) return `The prefix has ${prefix.length} characters; at most ${PREFIX_MAX_LENGTH} are allowed.`;
  const bad = firstBadCharacter(prefix, /[-a-z0-9.]/);
  if (bad) return `The prefix is a DNS subdomain: lowercase letters, digits, '-' and '.' only; ${bad} is not allowed.`;
  if (!prefix.split('.').every((part) => PREFIX_LABEL.test(part))) {
    return 'Each dot-separated part of the prefix must start and end with a lowercase letter or digit (no empty parts).';
  }
  return undefined;
}

/** A label or annotation key: `[prefix/]name`, e.g. `app`, `example.com/team`. */
export function keyProblem(key: string): string | undefined {
  if (key.length === 0) return 'Enter a key.';
  const parts = key.split('/');
  if (parts.length > 2) return "A key has at most one '/', between the optional prefix and the name.";
  const [prefix, name] = parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : [undefined, parts[0] ?? ''];
  if (prefix !== undefined) {
    const problem = prefixProblem(prefix);
    if (problem) return problem;
  }
  if (name.length === 0) return "The name after '/' is empty.";
  return nameProblem(name, prefix === undefined ? 'The key' : "The name after '/'");
}

/** A label value: empty, or up to 63 characters of the name rule. */
export function labelValueProblem(value: string): string | undefined {
  if (value.length === 0) return undefined;
  return nameProblem(value, 'A label value');
}

/** UTF-8 bytes of all keys and values together, as Kubernetes counts them. */
export function annotationsSize(entries: readonly KeyValueEntry[]): number {
  const encoder = new TextEncoder();
  return entries.reduce((sum, { key, value }) => sum + encoder.encode(key).length + encoder.encode(value).length, 0);
}

const KIB = 1024;
const formatKib = (bytes: number) => `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(bytes / KIB)} KiB`;

/** Annotation values are free text, but the whole map is limited to 256 KiB. */
export function annotationsSizeProblem(entries: readonly KeyValueEntry[]): string | undefined {
  const size = annotationsSize(entries);
  if (size <= ANNOTATIONS_MAX_BYTES) return undefined;
  return `The annotations take ${formatKib(size)} (${size} bytes); all keys and values together may take at most 256 KiB (${ANNOTATIONS_MAX_BYTES} bytes).`;
}

/** Rows whose key an earlier row already uses: index → message. Keys are case-sensitive in Kubernetes. */
export function duplicateKeyProblems(entries: readonly KeyValueEntry[]): Map<number, string> {
  const first = new Map<string, number>();
  const problems = new Map<number, string>();
  entries.forEach(({ key }, index) => {
    if (key === '') return;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else problems.set(index, `The key “${key}” is already used in row ${earlier + 1}; each key appears once.`);
  });
  return problems;
}

const entrySchema = z.object({ key: z.string(), value: z.string() });

function entriesSchema(valueProblem: (value: string) => string | undefined, sizeProblem?: (entries: KeyValueEntry[]) => string | undefined) {
  return z.array(entrySchema).superRefine((entries, ctx) => {
    const duplicates = duplicateKeyProblems(entries);
    entries.forEach((entry, index) => {
      const keyMessage = keyProblem(entry.key) ?? duplicates.get(index);
      if (keyMessage) ctx.addIssue({ code: 'custom', path: [index, 'key'], message: keyMessage });
      const valueMessage = valueProblem(entry.value);
      if (valueMessage) ctx.addIssue({ code: 'custom', path: [index, 'value'], message: valueMessage });
    });
    const total = sizeProblem?.(entries);
    if (total) ctx.addIssue({ code: 'custom', message: total });
  });
}

/** Editor rows of labels, checked row by row (issues at `[row, 'key' | 'value']`). */
export const labelEntriesSchema = entriesSchema(labelValueProblem);
/** Editor rows of annotations: keys like labels, values free, the whole map at most 256 KiB (issue on the list). */
export const annotationEntriesSchema = entriesSchema(() => undefined, annotationsSizeProblem);

/** The contract's KeyValueMap from editor rows (call it on validated rows: keys are unique). */
export function entriesToMap(entries: readonly KeyValueEntry[]): Record<string, string> {
  return Object.fromEntries(entries.map(({ key, value }) => [key, value]));
}

/** Editor rows from the contract's map, in the API's order. */
export function mapToEntries(map: Readonly<Record<string, string>> | undefined): KeyValueEntry[] {
  return Object.entries(map ?? {}).map(([key, value]) => ({ key, value }));
}
