import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH } from '@/lib/portal/store/audit-hash';
import { auditCsv, auditExportStream, auditNdjson, csvCell } from '@/lib/portal/store/export';
import type { AuditEntry } from '@/lib/portal/store/types';

const entry: AuditEntry = {
  seq: 7,
  at: '2026-12-01T10:00:00.000Z',
  actor: { sub: 'sub-ben', email: 'ben@portal.test' },
  team: 'analytics',
  action: 'cluster.edit',
  target: { type: 'cluster', id: 'c1', name: '=HYPERLINK("http://evil.example","x")' },
  changes: { name: { from: 'a,b', to: 'say "hi"\nnow' } },
  outcome: 'refused',
  status: 403,
  reason: '-2+3',
  requestId: '@r1',
  via: { kind: 'token', tokenId: 't1' },
  prevHash: GENESIS_HASH,
  hash: 'a'.repeat(64),
};

async function* of<T>(...items: T[]): AsyncGenerator<T> {
  yield* items;
}

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe('csvCell', () => {
  it('quotes fields with quotes, commas or line breaks (RFC 4180), and leaves others bare', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(403)).toBe('403');
  });

  it('neutralises what a spreadsheet would run as a formula with a leading single quote', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('audit exports', () => {
  it('CSV: a header row, one CRLF-terminated row per entry, injection guarded', async () => {
    const csv = await text(auditCsv(of(entry)));
    const [header, row, rest] = csv.split('\r\n');
    expect(header).toBe(
      'seq,at,actor_sub,actor_email,team,action,target_type,target_id,target_name,changes,outcome,status,reason,request_id,via,prev_hash,hash',
    );
    expect(row).toBe(
      `7,2026-12-01T10:00:00.000Z,sub-ben,ben@portal.test,analytics,cluster.edit,cluster,c1,"'=HYPERLINK(""http://evil.example"",""x"")",` +
        `"{""name"":{""from"":""a,b"",""to"":""say \\""hi\\""\\nnow""}}",refused,403,'-2+3,'@r1,token:t1,${GENESIS_HASH},${'a'.repeat(64)}`,
    );
    expect(rest).toBe('');
    expect(await text(auditCsv(of()))).toBe(`${header}\r\n`);
  });

  it('CSV: empty cells for null values', async () => {
    const bare: AuditEntry = { ...entry, team: null, target: null, changes: null, status: null, reason: null, requestId: null, via: null };
    expect((await text(auditCsv(of(bare)))).split('\r\n')[1]).toBe(
      `7,2026-12-01T10:00:00.000Z,sub-ben,ben@portal.test,,cluster.edit,,,,,refused,,,,,${GENESIS_HASH},${'a'.repeat(64)}`,
    );
  });

  it('NDJSON: one canonical JSON entry per line, as the hash is computed', async () => {
    const ndjson = await text(auditNdjson(of(entry, { ...entry, seq: 8 })));
    const lines = ndjson.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(canonicalJson(entry));
    expect(JSON.parse(lines[1]!)).toEqual({ ...entry, seq: 8 });
    expect(lines[2]).toBe('');
  });

  it('streams UTF-8 bytes for a response body', async () => {
    const body = await new Response(auditExportStream('csv', of({ ...entry, reason: 'Grüße' }))).text();
    expect(body).toContain(',Grüße,');
    expect(await new Response(auditExportStream('ndjson', of(entry))).text()).toBe(`${canonicalJson(entry)}\n`);
  });
});
