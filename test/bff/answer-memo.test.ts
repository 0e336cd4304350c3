// A polled read's repeated answer is checked once (lib/server/upstream/answer-memo.ts): the same bytes get what they
// got before, anything else – other bytes, another Content-Type, another credential, a body a caller replaced, an
// operation that is not a polled read – is parsed and checked as if nothing were kept.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as clusters from '@/app/api/dataplatform/clusters/route';
import { clusterListRead } from '@/lib/server/reads/clusters';
import { checkedJson, expectSuccess } from '@/lib/server/route';
import {
  deepFreeze,
  forgetAnswersForTests,
  keepAnswer,
  keptAnswers,
  KEPT_ANSWERS_MAX,
  KEPT_BYTES_MAX,
  KEPT_IDLE_MS,
  keptCheck,
  recallAnswer,
} from '@/lib/server/upstream/answer-memo';
import { callUpstream } from '@/lib/server/upstream/client';
import { apiRequest, CLUSTER, clusterBody, ctx, expectError, kubeconfigBody, setupBff } from './harness';

const h = setupBff();
const JSON_TYPE = { 'Content-Type': 'application/json' };
const LIST = '/api/dataplatform/clusters';
const bearer = (token: string) => `Bearer ${token}`;
const listCall = (authorization = bearer('CANARY-TOK-a')) =>
  callUpstream({ api: 'dataplatform', method: 'GET', template: '/clusters', authorization });
const listText = (name = 'one') => `{ "items": [ ${JSON.stringify(clusterBody({ name }))} ] }`;

/** The list schema with its checks counted. */
function countedSchema() {
  const schema = clusterListRead.response;
  const spy = vi.spyOn(schema, 'safeParse');
  return { schema, checks: () => spy.mock.calls.length };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a polled read answered with the same bytes again', () => {
  it('is parsed and checked once; every repeat gets the same frozen value and the same body', async () => {
    const { schema, checks } = countedSchema();
    h.fake.setFallback({ headers: JSON_TYPE, body: listText() });
    const first = await listCall();
    const second = await listCall();
    expect(second.kept).toBeDefined();
    expect(second.kept).toBe(first.kept);
    expect(second.body).toBe(first.body);
    const [a, b] = [expectSuccess(first, schema), expectSuccess(second, schema)];
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.items?.[0]?.properties)).toBe(true);
    expect(checks()).toBe(1);
    expect(await checkedJson(second, schema).text()).toBe(listText());
    expect(h.fake.requests).toHaveLength(2);
  });

  it('through the route: the repeat is relayed byte for byte and checked no more', async () => {
    const { checks } = countedSchema();
    h.fake.setFallback({ headers: JSON_TYPE, body: listText() });
    const first = await clusters.GET(apiRequest(h, 'GET', LIST), ctx({}));
    const second = await clusters.GET(apiRequest(h, 'GET', LIST), ctx({}));
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await second.text()).toBe(await first.text());
    expect(checks()).toBe(1);
  });

  it('different bytes are parsed and checked again, and a broken answer after a good one is a 502', async () => {
    const { checks } = countedSchema();
    h.fake.enqueue(
      { headers: JSON_TYPE, body: listText('one') },
      { headers: JSON_TYPE, body: listText('two') },
      { headers: JSON_TYPE, body: '{ "items": [ { "id": 7 } ] }' },
    );
    const first = await clusters.GET(apiRequest(h, 'GET', LIST), ctx({}));
    const second = await clusters.GET(apiRequest(h, 'GET', LIST), ctx({}));
    expect(await first.text()).toBe(listText('one'));
    expect(await second.text()).toBe(listText('two'));
    await expectError(await clusters.GET(apiRequest(h, 'GET', LIST), ctx({})), 502, 'upstream_bad_response');
    expect(checks()).toBe(3);
  });

  it('the same bytes as another Content-Type are another answer: a 2xx that is not JSON is a 502', async () => {
    h.fake.enqueue({ headers: JSON_TYPE, body: listText() }, { headers: { 'Content-Type': 'text/plain' }, body: listText() });
    expect((await listCall()).kept).toBeDefined();
    await expect(listCall()).rejects.toMatchObject({ status: 502, code: 'bad_response' });
  });

  it('another credential has an answer of its own, even with the same bytes', async () => {
    h.fake.setFallback({ headers: JSON_TYPE, body: listText() });
    const ada = await listCall(bearer('CANARY-TOK-a'));
    const bob = await listCall(bearer('CANARY-TOK-b'));
    expect(bob.kept).toBeDefined();
    expect(bob.kept).not.toBe(ada.kept);
    expect(bob.body).not.toBe(ada.body);
    expect((await listCall(bearer('CANARY-TOK-a'))).kept).toBe(ada.kept);
  });

  it('a body a caller replaced is checked as it is, not taken for the kept one', async () => {
    h.fake.setFallback({ headers: JSON_TYPE, body: listText() });
    const schema = clusterListRead.response;
    const first = await listCall();
    expectSuccess(first, schema);
    const replaced = { ...first, body: { items: [{ id: 7 }] } };
    expect(() => expectSuccess(replaced, schema)).toThrow(expect.objectContaining({ status: 502 }));
    const narrowed = { ...first, body: { items: [] }, text: undefined };
    expect(await checkedJson(narrowed, schema).text()).toBe('{"items":[]}');
  });

  it('keeps nothing of operations that are not polled reads (a kubeconfig, a minted token) or of error answers', async () => {
    h.fake.setFallback({ headers: JSON_TYPE, body: JSON.stringify(kubeconfigBody()) });
    const kubeconfig = await callUpstream({
      api: 'dataplatform',
      method: 'GET',
      template: '/clusters/{clusterId}/kubeconfig',
      params: { clusterId: CLUSTER },
      authorization: bearer('CANARY-TOK-a'),
    });
    h.fake.setFallback({ headers: JSON_TYPE, body: '{"token":"CANARY-MINTED"}' });
    const minted = await callUpstream({ api: 'auth', method: 'GET', template: '/tokens/generate', authorization: bearer('CANARY-TOK-a') });
    h.fake.setFallback({ status: 404, headers: JSON_TYPE, body: '{"httpStatus":404,"messages":[]}' });
    const missing = await listCall();
    expect([kubeconfig.kept, minted.kept, missing.kept]).toEqual([undefined, undefined, undefined]);
    expect(keptAnswers()).toEqual({ answers: 0, bytes: 0 });
  });
});

describe('what is kept, and for how long', () => {
  const bytesOf = (text: string) => new TextEncoder().encode(text);
  const chunksOf = (...parts: (string | Uint8Array)[]) => {
    const chunks = parts.map((part) => (typeof part === 'string' ? bytesOf(part) : part));
    return { chunks, byteLength: chunks.reduce((n, c) => n + c.byteLength, 0) };
  };
  afterEach(() => forgetAnswersForTests());

  it('an answer is recalled only with its own bytes, in any chunks, and dropped when it was not asked for within the idle time', () => {
    const bytes = bytesOf('{"a":1}');
    keepAnswer('k', 'application/json', bytes, '{"a":1}', { a: 1 }, 0);
    expect(recallAnswer('k', 'application/json', chunksOf('{"a":2}'), 10)).toBeUndefined();
    keepAnswer('k', 'application/json', bytes, '{"a":1}', { a: 1 }, 0);
    expect(recallAnswer('k', 'application/json', chunksOf('{"a":1', '}'), 5)?.body).toEqual({ a: 1 });
    expect(recallAnswer('k', 'application/json', chunksOf('{"a":2', '}'), 5)).toBeUndefined();
    keepAnswer('k', 'application/json', bytes, '{"a":1}', { a: 1 }, 0);
    expect(recallAnswer('k', 'application/json', chunksOf('{"a":1}', ''), KEPT_IDLE_MS)?.body).toEqual({ a: 1 });
    expect(recallAnswer('k', 'application/json', chunksOf(bytes), 2 * KEPT_IDLE_MS + 1)).toBeUndefined();
    expect(keptAnswers()).toEqual({ answers: 0, bytes: 0 });
  });

  it('holds at most KEPT_ANSWERS_MAX answers and KEPT_BYTES_MAX bytes, dropping the least recently used', () => {
    for (let i = 0; i < KEPT_ANSWERS_MAX + 5; i++) keepAnswer(`k${i}`, 'application/json', bytesOf(`${i}`), `${i}`, i, i);
    expect(keptAnswers().answers).toBe(KEPT_ANSWERS_MAX);
    expect(recallAnswer('k0', 'application/json', chunksOf('0'), 1_000)).toBeUndefined();
    expect(recallAnswer('k5', 'application/json', chunksOf('5'), 1_000)?.body).toBe(5);
    forgetAnswersForTests();
    const third = new Uint8Array(Math.floor(KEPT_BYTES_MAX / 3) + 1);
    for (const key of ['a', 'b', 'c']) keepAnswer(key, 'application/json', third, '', null, 0);
    expect(keptAnswers()).toEqual({ answers: 2, bytes: 2 * third.byteLength });
    expect(recallAnswer('a', 'application/json', chunksOf(third), 1)).toBeUndefined();
    keepAnswer('huge', 'application/json', new Uint8Array(KEPT_BYTES_MAX + 1), '', null, 0);
    expect(keptAnswers().answers).toBe(2);
  });

  it('deepFreeze: nested objects and arrays become read-only', () => {
    const value = deepFreeze({ items: [{ name: 'x', tags: ['a'] }] });
    expect(() => {
      (value.items[0] as { name: string }).name = 'y';
    }).toThrow(TypeError);
    expect(() => value.items[0]?.tags.push('b')).toThrow(TypeError);
    expect(value).toEqual({ items: [{ name: 'x', tags: ['a'] }] });
  });

  it('keptCheck: one check per schema, its value frozen; a check that throws is not kept', () => {
    const kept = keepAnswer('s', 'application/json', bytesOf('{"a":1}'), '{"a":1}', { a: 1 }, 0);
    const check = vi.fn(() => ({ a: 1 }));
    const [one, two] = [{}, {}];
    expect(keptCheck(kept, one, check)).toBe(keptCheck(kept, one, check));
    expect(Object.isFrozen(keptCheck(kept, one, check).data)).toBe(true);
    keptCheck(kept, two, check);
    expect(check).toHaveBeenCalledTimes(2);
    const refuse = vi.fn(() => {
      throw new Error('refused');
    });
    expect(() => keptCheck(kept, refuse, refuse)).toThrow('refused');
    expect(() => keptCheck(kept, refuse, refuse)).toThrow('refused');
    expect(refuse).toHaveBeenCalledTimes(2);
  });
});
