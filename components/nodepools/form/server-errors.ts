// What a refused node pool request means for a form: messages that name a field (`properties.ramSize: …`) go
// onto the form's field for it, everything else into one banner. A 5xx or a lost answer may hide a change that
// happened anyway.
import { isApiError } from '@/lib/api/client';

export type SubmitFieldError = { field: string; message: string };
export type SubmitBanner = { tone: 'destructive' | 'warning'; title: string; messages: string[] };
export type SubmitOutcome = { fieldErrors: SubmitFieldError[]; banner?: SubmitBanner };

/** The API's property paths → the form's fields (RAM is entered in GB, autoscaling bounds are top-level fields). */
const FIELD_OF: Record<string, string> = {
  name: 'name',
  nodeCount: 'nodeCount',
  cpuFamily: 'cpuFamily',
  coresCount: 'coresCount',
  ramSize: 'ramGb',
  availabilityZone: 'availabilityZone',
  storageType: 'storageType',
  storageSize: 'storageSize',
  maintenanceWindow: 'maintenanceWindow.time',
  'maintenanceWindow.time': 'maintenanceWindow.time',
  'maintenanceWindow.dayOfTheWeek': 'maintenanceWindow.dayOfTheWeek',
  autoScaling: 'maxNodeCount',
  'autoScaling.minNodeCount': 'minNodeCount',
  'autoScaling.maxNodeCount': 'maxNodeCount',
  labels: 'labels',
  annotations: 'annotations',
};

const FIELD_MESSAGE = /^properties\.([A-Za-z0-9_.]+):\s*(.+)$/s;

/** `properties.ramSize: Too much.` → { field: 'ramGb', message: 'Too much.' }, for fields in `fields`. */
export function fieldErrorFromMessage(text: string, fields: readonly string[]): SubmitFieldError | undefined {
  const match = FIELD_MESSAGE.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  // `labels.team` or `labels.0` name one entry of a map: the message goes on the whole list.
  const path = match[1].replace(/^(labels|annotations)\..*$/, '$1');
  const field = FIELD_OF[path];
  return field && fields.includes(field.split('.')[0] ?? '') ? { field, message: match[2] } : undefined;
}

type Words = { subject: string; failed: string; mayHave: string };

/** `fields`: the root fields the form shows; `words`: "The node pool was not created" and the like. */
export function interpretSubmitError(error: unknown, fields: readonly string[], words: Words): SubmitOutcome {
  if (!isApiError(error)) {
    return { fieldErrors: [], banner: { tone: 'destructive', title: words.failed, messages: ['Something went wrong in the console. Your input is kept; try again.'] } };
  }
  if (error.status === 0 || error.status >= 500) {
    return {
      fieldErrors: [],
      banner: {
        tone: 'warning',
        title: words.mayHave,
        messages: [error.message, `The request may have reached the API before this failure. Check ${words.subject} before you try again.`],
      },
    };
  }
  if (error.status === 401) {
    return { fieldErrors: [], banner: { tone: 'warning', title: 'Your session has ended', messages: ['Sign in again; what you entered is kept.'] } };
  }
  const texts = error.messages.map((m) => m.message?.trim() ?? '').filter(Boolean);
  const fieldErrors: SubmitFieldError[] = [];
  const rest: string[] = [];
  for (const text of texts) {
    const fieldError = fieldErrorFromMessage(text, fields);
    // A pool name that is taken comes as a 409 without a field path.
    if (fieldError) fieldErrors.push(fieldError);
    else if (error.status === 409 && fields.includes('name') && /node pool named/i.test(text)) fieldErrors.push({ field: 'name', message: text });
    else rest.push(text);
  }
  if (fieldErrors.length > 0 && rest.length === 0) return { fieldErrors };
  const title = error.status === 403 ? 'You don’t have permission to do this' : error.status === 404 ? 'The cluster or node pool no longer exists' : words.failed;
  return { fieldErrors, banner: { tone: 'destructive', title, messages: rest.length > 0 ? rest : [error.message] } };
}
