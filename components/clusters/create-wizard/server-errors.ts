// What a failed POST /clusters means for the form: messages that name a field go onto that field,
// everything else into one banner. A 5xx or a lost answer may hide a cluster that was created anyway.
import { isApiError } from '@/lib/api/client';

export type SubmitFieldError = { field: string; message: string };

export type SubmitBanner = {
  tone: 'destructive' | 'warning';
  title: string;
  messages: string[];
  /** The request may have reached the API: check the clusters list before sending it again. */
  mayHaveBeenCreated?: boolean;
};

export type SubmitOutcome = { fieldErrors: SubmitFieldError[]; banner?: SubmitBanner };

// Form fields the API may name (`properties.lans.0.routes.1.network` → `lans.0.routes.1.network`).
const FORM_FIELD =
  /^(?:name|dataPlatformVersion|datacenterId|maintenanceWindow(?:\.(?:time|dayOfTheWeek))?|lans(?:\.\d+(?:\.(?:lanId|dhcp|routes(?:\.\d+(?:\.(?:network|gateway))?)?))?)?)$/;
const FIELD_MESSAGE = /^properties\.([A-Za-z0-9_.]+):\s*(.+)$/s;

/** `properties.name: Too long.` → { field: 'name', message: 'Too long.' }; other texts → undefined. */
export function fieldErrorFromMessage(text: string): SubmitFieldError | undefined {
  const match = FIELD_MESSAGE.exec(text.trim());
  if (!match?.[1] || !match[2] || !FORM_FIELD.test(match[1])) return undefined;
  return { field: match[1], message: match[2] };
}

const SOMETHING_WENT_WRONG = 'Something went wrong in the console. Your input is kept; try again.';

export function interpretSubmitError(error: unknown): SubmitOutcome {
  if (!isApiError(error)) return { fieldErrors: [], banner: { tone: 'destructive', title: 'The cluster was not created', messages: [SOMETHING_WENT_WRONG] } };

  if (error.status === 0 || error.status >= 500) {
    return {
      fieldErrors: [],
      banner: {
        tone: 'warning',
        title: 'The cluster may still have been created',
        messages: [
          error.message,
          'The request may have reached the API before this failure. Check the clusters list before you try again, so you do not create the cluster twice.',
        ],
        mayHaveBeenCreated: true,
      },
    };
  }

  const texts = error.messages.map((m) => m.message?.trim() ?? '').filter(Boolean);
  if (error.status === 409) {
    return { fieldErrors: [{ field: 'name', message: texts.join(' ') || error.message }] };
  }

  if (error.status === 400) {
    const fieldErrors: SubmitFieldError[] = [];
    const rest: string[] = [];
    for (const text of texts) {
      const fieldError = fieldErrorFromMessage(text);
      if (fieldError) fieldErrors.push(fieldError);
      else rest.push(text);
    }
    if (fieldErrors.length > 0 && rest.length === 0) return { fieldErrors };
    return {
      fieldErrors,
      banner: { tone: 'destructive', title: 'The API did not accept the cluster', messages: rest.length > 0 ? rest : [error.message] },
    };
  }

  if (error.status === 401) {
    return {
      fieldErrors: [],
      banner: { tone: 'warning', title: 'Your session has ended', messages: ['Sign in again; what you entered is kept and the wizard opens where you left it.'] },
    };
  }

  return { fieldErrors: [], banner: { tone: 'destructive', title: 'The cluster was not created', messages: [error.message] } };
}
