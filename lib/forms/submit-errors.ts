// What a refused create or PATCH means for a form: messages that name a field (`properties.ramSize: …`) go onto
// the form's field for it, a 409 "named '…'" (the name is taken) onto the name, everything else into one banner.
// A 5xx or a lost answer may hide a change that happened anyway. Each form brings its field map and its words.
import { isBffError } from '@/lib/api/client';

export type SubmitFieldError = { field: string; message: string };

export type SubmitBanner = {
  tone: 'destructive' | 'warning';
  title: string;
  messages: string[];
  /** The request may have reached the API: check before sending it again. */
  mayHaveHappened?: boolean;
};

export type SubmitOutcome = { fieldErrors: SubmitFieldError[]; banner?: SubmitBanner };

/**
 * The API's property paths → the form's fields. In a key, `#` stands for a list index (carried over into the
 * field, in order: `lans.#.lanId` → `lans.#.lanId`), and a key ending in `.*` takes any path below it (a map's
 * keys: `labels.*` → `labels`).
 */
export type FieldMap = Readonly<Record<string, string>>;

export type SubmitWords = {
  /** The banner's title when nothing was done: "The node pool was not created", "Nothing was saved". */
  failed: string;
  /** The title after a 5xx or a lost answer: "The cluster may still have been created". */
  mayHave: string;
  /** What to check first after such a failure: "Check the clusters list before you try again, …". */
  recheck: string;
  /** After a 401: what happens to the input. */
  signedOut: string;
  /** Titles of a 400, 403 and 404 banner, where they say more than `failed`. */
  refused?: string;
  forbidden?: string;
  gone?: string;
};

/** Portal mode: the BFF's refusal of a change that would take a team past its quota (422, errorCode quota_exceeded). */
export const QUOTA_EXCEEDED_CODE = 'quota_exceeded';
export const QUOTA_EXCEEDED_TITLE = 'Over the team’s quota';
export const QUOTA_EXCEEDED_HINT = 'Nothing was sent upstream and your input is kept: ask for less, or ask your platform team for a larger quota.';

const FIELD_MESSAGE = /^properties\.([A-Za-z0-9_.-]+):\s*(.+)$/s;
// A 409 of a taken name: "A cluster named 'x' already exists", "… already has a node pool named 'x'".
const NAME_TAKEN = /\bnamed\s+'[^']*'/i;
const SOMETHING_WENT_WRONG = 'Something went wrong in the console. Your input is kept; try again.';

/** The form field of an API property path (see FieldMap), or undefined when the form does not show it. */
export function formFieldOf(path: string, fieldOf: FieldMap): string | undefined {
  const segments = path.split('.');
  const indices = segments.filter((segment) => /^\d+$/.test(segment));
  const pattern = segments.map((segment) => (/^\d+$/.test(segment) ? '#' : segment));
  let field = fieldOf[pattern.join('.')];
  for (let length = pattern.length - 1; field === undefined && length > 0; length -= 1) field = fieldOf[`${pattern.slice(0, length).join('.')}.*`];
  if (field === undefined) return undefined;
  let next = 0;
  return field.replace(/#/g, () => indices[next++] ?? '0');
}

/** `properties.ramSize: Too much.` → { field: 'ramGb', message: 'Too much.' }; a text naming no field → undefined. */
export function fieldErrorFromMessage(text: string, fieldOf: FieldMap): SubmitFieldError | undefined {
  const match = FIELD_MESSAGE.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const field = formFieldOf(match[1], fieldOf);
  return field ? { field, message: match[2] } : undefined;
}

/** Several messages for one field become one (in order), so none is lost to the last. */
function byField(errors: readonly SubmitFieldError[]): SubmitFieldError[] {
  const merged = new Map<string, string[]>();
  for (const { field, message } of errors) merged.set(field, [...(merged.get(field) ?? []), message]);
  return [...merged].map(([field, messages]) => ({ field, message: messages.join(' ') }));
}

export function mapSubmitError(error: unknown, { fieldOf, words }: { fieldOf: FieldMap; words: SubmitWords }): SubmitOutcome {
  if (!isBffError(error)) return { fieldErrors: [], banner: { tone: 'destructive', title: words.failed, messages: [SOMETHING_WENT_WRONG] } };
  if (error.status === 0 || error.status >= 500) {
    return {
      fieldErrors: [],
      banner: {
        tone: 'warning',
        title: words.mayHave,
        messages: [error.message, `The request may have reached the API before this failure. ${words.recheck}`],
        mayHaveHappened: true,
      },
    };
  }
  if (error.status === 401) return { fieldErrors: [], banner: { tone: 'warning', title: 'Your session has ended', messages: [words.signedOut] } };

  const texts = error.messages.map((m) => m.message?.trim() ?? '').filter(Boolean);
  const fieldErrors: SubmitFieldError[] = [];
  const rest: string[] = [];
  for (const text of texts) {
    const fieldError = fieldErrorFromMessage(text, fieldOf);
    if (fieldError) fieldErrors.push(fieldError);
    // A taken name comes as a 409 without a field path.
    else if (error.status === 409 && fieldOf.name && NAME_TAKEN.test(text)) fieldErrors.push({ field: fieldOf.name, message: text });
    else rest.push(text);
  }
  if (fieldErrors.length > 0 && rest.length === 0) return { fieldErrors: byField(fieldErrors) };
  const quota = error.status === 422 && error.messages.some((m) => m.errorCode === QUOTA_EXCEEDED_CODE);
  const titles: Partial<Record<number, string>> = {
    400: words.refused,
    403: words.forbidden,
    404: words.gone,
    422: quota ? QUOTA_EXCEEDED_TITLE : undefined,
  };
  const title = titles[error.status] ?? words.failed;
  const messages = rest.length > 0 ? rest : [error.message];
  return {
    fieldErrors: byField(fieldErrors),
    banner: { tone: 'destructive', title, messages: quota ? [...messages, QUOTA_EXCEEDED_HINT] : messages },
  };
}

/** A field map that shows every path under the same name (`lans.#.routes.#.network` → itself). */
export function sameFields(paths: readonly string[]): FieldMap {
  return Object.fromEntries(paths.map((path) => [path, path]));
}

/** The part of a field map whose form fields an edit form shows (by root field: `maintenanceWindow.time` → `maintenanceWindow`). */
export function pickFields(fieldOf: FieldMap, roots: readonly string[]): FieldMap {
  return Object.fromEntries(Object.entries(fieldOf).filter(([, field]) => roots.includes(field.split('.')[0] ?? '')));
}
