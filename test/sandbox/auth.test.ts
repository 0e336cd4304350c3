// Credentials: Basic, JWTs from the token endpoint, revocation, expiry, 401/403.
import { describe, expect, it } from 'vitest';
import { createSandbox } from '@/lib/sandbox/sandbox';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { SANDBOX_USERS } from '@/lib/sandbox/users';
import { setupSandbox } from './support/harness';

const h = setupSandbox();

function decode(token: string) {
  const [head, body] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(head!, 'base64url').toString()),
    payload: JSON.parse(Buffer.from(body!, 'base64url').toString()),
  };
}

async function generate(as: Parameters<typeof h.as>[0], query = '') {
  return h.as(as).call('GET', `/auth/v1/tokens/generate${query}`);
}

describe('Basic authentication', () => {
  it('accepts the demo users on every API', async () => {
    expect((await h.as('user').call('GET', '/dataplatform/clusters')).status).toBe(200);
    expect((await h.as('user').call('GET', '/cloudapi/v6/datacenters?depth=1')).status).toBe(200);
    expect((await generate('admin')).status).toBe(200);
  });

  it('refuses a missing header, a wrong password and an unknown scheme with 401 in the envelope', async () => {
    for (const credential of [null, { header: `Basic ${Buffer.from('user@sandbox.test:wrong').toString('base64')}` }, { header: 'Digest abc' }]) {
      const answer = await h.as(credential).call('GET', '/dataplatform/clusters');
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ httpStatus: 401, messages: [{ errorCode: 'UNAUTHORIZED' }] });
    }
  });

  it('answers 403 to a user without "Manage Dataplatform" and 401 before 403', async () => {
    const answer = await h.as('noaccess').call('GET', `/dataplatform/clusters/${SEED_IDS.clusters.kafkaDev}`);
    expect(answer.status).toBe(403);
    expect(answer.body.messages[0].message).toContain('Manage Dataplatform');
    expect((await h.as('noaccess').call('POST', '/dataplatform/clusters', { body: {} })).status).toBe(403);
    // The contract lists no 403 for GET /versions: any authenticated user reads it.
    expect((await h.as('noaccess').call('GET', '/dataplatform/versions')).status).toBe(200);
  });

  it('refuses a contract the user does not belong to', async () => {
    const answer = await h.as('user').call('GET', '/dataplatform/clusters', { headers: { 'X-Contract-Number': '999' } });
    expect(answer.status).toBe(403);
  });
});

describe('tokens', () => {
  it('issues an HS256 JWT shaped like the Auth API, valid for a year by default', async () => {
    const answer = await generate('admin');
    expect(answer.headers.get('x-ratelimit-limit')).toBeTruthy();
    expect(answer.headers.get('x-ratelimit-remaining')).toBeTruthy();
    expect(answer.headers.get('x-ratelimit-burst')).toBeTruthy();
    const { header, payload } = decode(answer.body.token);
    expect(header).toMatchObject({ alg: 'HS256', typ: 'JWT', kid: expect.any(String) });
    expect(payload).toMatchObject({
      iss: expect.any(String),
      jti: expect.any(String),
      identity: { uuid: SANDBOX_USERS.admin.uuid, contractNumber: 31000001, role: 'owner', email: 'admin@sandbox.test' },
    });
    expect(payload.identity.privileges).toContain('MANAGE_DATAPLATFORM');
    expect(payload.exp - payload.iat).toBe(365 * 24 * 3600);
    expect(payload.iat * 1000).toBe(Math.floor(h.clock.now() / 1000) * 1000);
  });

  it('authenticates every API with the token, and issues a new one from a token', async () => {
    const token = (await generate('user')).body.token as string;
    expect((await h.as({ bearer: token }).call('GET', '/dataplatform/clusters')).status).toBe(200);
    expect((await h.as({ bearer: token }).call('GET', '/cloudapi/v6/datacenters')).status).toBe(200);
    const again = await h.as({ bearer: token }).call('GET', '/auth/v1/tokens/generate');
    expect(again.status).toBe(200);
    expect(decode(again.body.token).payload.identity.email).toBe('user@sandbox.test');
  });

  it('honours ttl and answers 401 once the token expired', async () => {
    const answer = await generate('user', '?ttl=60');
    const { payload } = decode(answer.body.token);
    expect(payload.exp - payload.iat).toBe(60);
    h.advance(59);
    expect((await h.as({ bearer: answer.body.token }).call('GET', '/dataplatform/clusters')).status).toBe(200);
    h.advance(1);
    const expired = await h.as({ bearer: answer.body.token }).call('GET', '/dataplatform/clusters');
    expect(expired.status).toBe(401);
    expect(expired.body.messages[0].message).toMatch(/expired/);
    expect((await generate('user', '?ttl=abc')).status).toBe(400);
  });

  it('revokes the current token (sign-out) and only that one', async () => {
    const first = (await generate('user')).body.token as string;
    const second = (await generate('user')).body.token as string;
    const revoke = await h.as({ bearer: first }).call('DELETE', '/auth/v1/tokens?criteria=CURRENT');
    expect(revoke.status).toBe(200);
    expect(revoke.headers.get('x-ratelimit-limit')).toBeTruthy();
    const refused = await h.as({ bearer: first }).call('GET', '/dataplatform/clusters');
    expect(refused.status).toBe(401);
    expect(refused.body.messages[0].message).toMatch(/revoked/);
    expect((await h.as({ bearer: second }).call('GET', '/dataplatform/clusters')).status).toBe(200);
    // CURRENT needs a token to name.
    expect((await h.as('user').call('DELETE', '/auth/v1/tokens?criteria=CURRENT')).status).toBe(400);
  });

  it('revokes a token by its id for its own user only', async () => {
    const mine = (await generate('user')).body.token as string;
    const jti = decode(mine).payload.jti as string;
    expect((await h.as('admin').call('DELETE', `/auth/v1/tokens/${jti}`)).status).toBe(404);
    const listed = await h.as('user').call('GET', '/auth/v1/tokens');
    expect(listed.body.tokens.map((t: { id: string }) => t.id)).toContain(jti);
    expect((await h.as('user').call('DELETE', `/auth/v1/tokens/${jti}`)).status).toBe(200);
    expect((await h.as({ bearer: mine }).call('GET', '/dataplatform/clusters')).status).toBe(401);
  });

  it('refuses tokens of another sandbox instance and tampered tokens', async () => {
    const foreign = createSandbox({ seed: 'empty' }).issueToken('admin@sandbox.test');
    expect((await h.as({ bearer: foreign }).call('GET', '/dataplatform/clusters')).status).toBe(401);
    const token = (await generate('user')).body.token as string;
    const [head, , sig] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...decode(token).payload, identity: { ...decode(token).payload.identity, uuid: SANDBOX_USERS.admin.uuid } }),
    ).toString('base64url');
    expect((await h.as({ bearer: `${head}.${forged}.${sig}` }).call('GET', '/dataplatform/clusters')).status).toBe(401);
    expect((await h.as({ bearer: 'garbage' }).call('GET', '/dataplatform/clusters')).status).toBe(401);
  });
});
