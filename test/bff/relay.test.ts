// The checked answer goes out as the upstream's own text only when checking it changed nothing: a field outside the
// contract, a normalised shape or a contract violation always means the checked value (or the 502) instead.
import { describe, expect, it } from 'vitest';
import * as clusters from '@/app/api/dataplatform/clusters/route';
import * as versions from '@/app/api/dataplatform/versions/route';
import { checkedJsonBody, sameJsonValue } from '@/lib/server/relay';
import { apiRequest, clusterBody, ctx, expectError, expectJsonApiAnswer, setupBff } from './harness';

const h = setupBff();
const LIST = '/api/dataplatform/clusters';
const JSON_TYPE = { 'Content-Type': 'application/json' };

describe('sameJsonValue', () => {
  it('equal JSON values, whatever the key order', () => {
    expect(sameJsonValue({ a: 1, b: [true, null, 'x', { c: -0 }] }, { b: [true, null, 'x', { c: 0 }], a: 1 })).toBe(true);
    expect(sameJsonValue([], [])).toBe(true);
    expect(sameJsonValue('x', 'x')).toBe(true);
  });

  it('a key more or less, a changed value, an array for an object: different', () => {
    expect(sameJsonValue({ a: 1, extra: 2 }, { a: 1 })).toBe(false);
    expect(sameJsonValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJsonValue({ a: { b: 1, c: 2 } }, { a: { b: 1 } })).toBe(false);
    expect(sameJsonValue([1, 2], [1])).toBe(false);
    expect(sameJsonValue(['a'], { items: ['a'] })).toBe(false);
    expect(sameJsonValue({ 0: 'a' }, ['a'])).toBe(false);
    expect(sameJsonValue({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameJsonValue(null, {})).toBe(false);
  });

  it('checkedJsonBody: the upstream text (its bytes when kept) when equal, the checked value serialised otherwise or without a text', () => {
    const text = '{ "items" : [ ] }';
    const bytes = new TextEncoder().encode(text);
    expect(checkedJsonBody({ body: { items: [] }, text }, { items: [] })).toBe(text);
    expect(checkedJsonBody({ body: { items: [] }, text, bytes }, { items: [] })).toBe(bytes);
    expect(checkedJsonBody({ body: { items: [], x: 1 }, text: '{"items":[],"x":1}', bytes }, { items: [] })).toBe('{"items":[]}');
    expect(checkedJsonBody({ body: { items: [] } }, { items: [] })).toBe('{"items":[]}');
  });
});

describe('relaying checked answers through the route wrapper', () => {
  it('an answer exactly in the contract goes out byte for byte as the upstream sent it', async () => {
    // Spacing and key order only the upstream's text has: proof that it was relayed, not re-serialised.
    const text = `{ "items" : [ ${JSON.stringify(clusterBody())} ],\n  "id": "clusters" }`;
    h.fake.enqueue({ headers: JSON_TYPE, body: text });
    const res = await clusters.GET(apiRequest(h, 'GET', LIST), ctx({}));
    expect(res.status).toBe(200);
    expectJsonApiAnswer(res);
    expect(await res.text()).toBe(text);
  });

  it('a field outside the contract, at any depth: the checked value, without it', async () => {
    const dirty = { ...clusterBody(), metadata: { state: 'AVAILABLE', internalNote: 'CANARY-internal' } };
    const text = `{ "items" : [ ${JSON.stringify(dirty)} ] }`;
    h.fake.enqueue({ headers: JSON_TYPE, body: text });
    const res = await clusters.GET(apiRequest(h, 'GET', LIST), ctx({}));
    expect(res.status).toBe(200);
    const sent = await res.text();
    expect(sent).not.toContain('CANARY-internal');
    expect(JSON.parse(sent)).toEqual({ items: [{ ...clusterBody(), metadata: { state: 'AVAILABLE' } }] });
  });

  it("a shape the contract normalises (1.0's bare version array): the normalised value", async () => {
    h.fake.enqueue({ headers: JSON_TYPE, body: '["24.3", "25.1"]' });
    const res = await versions.GET(apiRequest(h, 'GET', '/api/dataplatform/versions'), ctx({}));
    expect(await res.text()).toBe('{"items":["24.3","25.1"]}');
  });

  it('an answer that breaks the contract is never relayed: 502', async () => {
    h.fake.enqueue({ headers: JSON_TYPE, body: '{ "items": [ { "id": 7 } ] }' });
    await expectError(await clusters.GET(apiRequest(h, 'GET', LIST), ctx({})), 502);
  });
});

describe('compression of relayed answers', () => {
  it('a small answer opts out of gzip (no-transform), a large one keeps it', async () => {
    h.fake.enqueue({ headers: JSON_TYPE, body: '{"items":["24.3"]}' });
    const small = await versions.GET(apiRequest(h, 'GET', '/api/dataplatform/versions'), ctx({}));
    expect(small.headers.get('cache-control')).toBe('no-store, no-transform');
    h.fake.enqueue({ headers: JSON_TYPE, json: { items: Array.from({ length: 20 }, () => clusterBody()) } });
    const large = await clusters.GET(apiRequest(h, 'GET', LIST), ctx({}));
    expect(large.headers.get('cache-control')).toBe('no-store');
  });
});
