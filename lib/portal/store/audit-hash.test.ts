import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditHash, canonicalJson, GENESIS_HASH } from '@/lib/portal/store/audit-hash';
import type { AuditEntry } from '@/lib/portal/store/types';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, drops undefined members, writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
    expect(canonicalJson(['a', undefined, Number.NaN])).toBe('["a",null,null]');
    expect(canonicalJson('é"\n')).toBe('"é\\"\\n"');
  });

  it('sorts keys by UTF-16 code units (RFC 8785)', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, '10': 4, '9': 5 })).toBe('{"10":4,"9":5,"Z":3,"z":2,"é":1}');
  });
});

describe('auditHash', () => {
  const entry: Omit<AuditEntry, 'hash'> = {
    seq: 1,
    at: '2026-12-01T10:00:00.000Z',
    actor: { sub: 's', email: 'e@x' },
    team: null,
    action: 'signin',
    target: null,
    changes: null,
    outcome: 'success',
    status: null,
    reason: null,
    requestId: null,
    via: null,
    prevHash: GENESIS_HASH,
  };

  it('is SHA-256 of prevHash followed by the canonical JSON of the entry without its hash', () => {
    const expected = createHash('sha256')
      .update(
        GENESIS_HASH +
          '{"action":"signin","actor":{"email":"e@x","sub":"s"},"at":"2026-12-01T10:00:00.000Z","changes":null,"outcome":"success","prevHash":"' +
          GENESIS_HASH +
          '","reason":null,"requestId":null,"seq":1,"status":null,"target":null,"team":null,"via":null}',
      )
      .digest('hex');
    expect(auditHash(entry)).toBe(expected);
    expect(auditHash({ ...entry, hash: 'ignored' } as AuditEntry)).toBe(expected);
  });

  it('changes with any field, the position or the link', () => {
    const base = auditHash(entry);
    expect(auditHash({ ...entry, seq: 2 })).not.toBe(base);
    expect(auditHash({ ...entry, team: 'analytics' })).not.toBe(base);
    expect(auditHash({ ...entry, prevHash: 'f'.repeat(64) })).not.toBe(base);
  });
});
