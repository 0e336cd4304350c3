import { describe, expect, it } from 'vitest';
import { BffError } from '@/lib/api/client';
import {
  fieldErrorFromMessage,
  formFieldOf,
  mapSubmitError,
  pickFields,
  QUOTA_EXCEEDED_HINT,
  QUOTA_EXCEEDED_TITLE,
  sameFields,
  type SubmitWords,
} from '@/lib/forms/submit-errors';

const words: SubmitWords = {
  failed: 'Not done',
  mayHave: 'May have happened',
  recheck: 'Look first.',
  signedOut: 'Sign in.',
  forbidden: 'No permission',
};
const fieldOf = { ...sameFields(['name', 'items.#.value', 'items.#.parts.#.size']), ramSize: 'ramGb', 'labels.*': 'labels' };
const error = (status: number, ...messages: string[]) => new BffError({ status, messages: messages.map((message) => ({ message })) });

describe('formFieldOf', () => {
  it('maps paths, list indices and map keys onto the form', () => {
    expect(formFieldOf('ramSize', fieldOf)).toBe('ramGb');
    expect(formFieldOf('items.3.parts.12.size', fieldOf)).toBe('items.3.parts.12.size');
    expect(formFieldOf('labels.team.x', fieldOf)).toBe('labels');
    expect(formFieldOf('items.3.other', fieldOf)).toBeUndefined();
    expect(formFieldOf('labels', fieldOf)).toBeUndefined();
  });

  it('keeps only the fields an edit form shows', () => {
    expect(pickFields({ a: 'x.y', b: 'z', c: 'x' }, ['x'])).toEqual({ a: 'x.y', c: 'x' });
  });
});

describe('mapSubmitError', () => {
  it('merges several messages for one field and leaves the rest for the banner', () => {
    expect(mapSubmitError(error(400, 'properties.name: Too short.', 'properties.name: Bad start.'), { fieldOf, words })).toEqual({
      fieldErrors: [{ field: 'name', message: 'Too short. Bad start.' }],
    });
    expect(fieldErrorFromMessage('properties.nope: x', fieldOf)).toBeUndefined();
    const mixed = mapSubmitError(error(400, 'properties.ramSize: Too much.', 'Other.'), { fieldOf, words });
    expect(mixed).toEqual({
      fieldErrors: [{ field: 'ramGb', message: 'Too much.' }],
      banner: { tone: 'destructive', title: 'Not done', messages: ['Other.'] },
    });
  });

  it('puts a 409 of a taken name on the name, and other 409s in the banner', () => {
    expect(mapSubmitError(error(409, "A thing named 'x' already exists."), { fieldOf, words }).fieldErrors).toEqual([
      { field: 'name', message: "A thing named 'x' already exists." },
    ]);
    expect(mapSubmitError(error(409, "A thing named 'x' already exists."), { fieldOf: {}, words }).banner?.messages).toEqual([
      "A thing named 'x' already exists.",
    ]);
    expect(mapSubmitError(error(409, "The cluster 'c' is UPDATING."), { fieldOf, words }).banner?.title).toBe('Not done');
  });

  it('titles by status and warns after a lost answer', () => {
    expect(mapSubmitError(error(403), { fieldOf, words }).banner?.title).toBe('No permission');
    expect(mapSubmitError(error(404), { fieldOf, words }).banner?.title).toBe('Not done');
    expect(mapSubmitError(error(401), { fieldOf, words }).banner).toEqual({
      tone: 'warning',
      title: 'Your session has ended',
      messages: ['Sign in.'],
    });
    expect(mapSubmitError(error(0), { fieldOf, words }).banner).toMatchObject({ title: 'May have happened', mayHaveHappened: true });
    expect(mapSubmitError(error(503), { fieldOf, words }).banner?.messages[1]).toBe(
      'The request may have reached the API before this failure. Look first.',
    );
  });

  it('names a refusal over a team quota (portal mode) as such, with the limit the BFF named and what to do', () => {
    const message = 'This exceeds the "analytics" team\'s quota of 12 nodes by 4 nodes (it would use 16 nodes; 0 nodes left).';
    const refused = new BffError({ status: 422, messages: [{ errorCode: 'quota_exceeded', message }] });
    expect(mapSubmitError(refused, { fieldOf, words })).toEqual({
      fieldErrors: [],
      banner: { tone: 'destructive', title: QUOTA_EXCEEDED_TITLE, messages: [message, QUOTA_EXCEEDED_HINT] },
    });
    // Another 422 keeps the plain title.
    expect(mapSubmitError(error(422, 'Unprocessable.'), { fieldOf, words }).banner).toEqual({
      tone: 'destructive',
      title: 'Not done',
      messages: ['Unprocessable.'],
    });
  });
});
