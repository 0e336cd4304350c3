import { describe, expect, it } from 'vitest';
import {
  ANNOTATIONS_MAX_BYTES,
  annotationEntriesSchema,
  annotationsSize,
  annotationsSizeProblem,
  duplicateKeyProblems,
  entriesToMap,
  keyProblem,
  labelEntriesSchema,
  labelValueProblem,
  mapToEntries,
} from '@/lib/forms/kubernetes';

const name = (length: number) => 'a'.repeat(length);
/** A valid DNS subdomain of exactly `length` characters (parts of up to 63, joined by dots). */
function prefix(length: number): string {
  const parts: string[] = [];
  let left = length;
  while (left > 0) {
    const part = Math.min(63, left === 64 ? 62 : left);
    parts.push('b'.repeat(part));
    left -= part;
    if (left > 0) left -= 1; // the dot
  }
  const text = parts.join('.');
  expect(text).toHaveLength(length);
  return text;
}

describe('keyProblem (label and annotation keys)', () => {
  it.each([
    'app',
    'a',
    '9',
    'app.kubernetes.io/name',
    'example.com/team',
    'Team_Name-1.x',
    'x/a',
    'a-b.c/Z_z',
    name(63),
    `${prefix(253)}/${name(63)}`,
    `${prefix(1)}/${name(1)}`,
  ])('accepts %s', (key) => {
    expect(keyProblem(key)).toBeUndefined();
  });

  it('counts the name: 63 characters pass, 64 do not', () => {
    expect(keyProblem(name(63))).toBeUndefined();
    expect(keyProblem(name(64))).toBe('The key has 64 characters; at most 63 are allowed.');
    expect(keyProblem(`example.com/${name(63)}`)).toBeUndefined();
    expect(keyProblem(`example.com/${name(64)}`)).toBe("The name after '/' has 64 characters; at most 63 are allowed.");
  });

  it('counts the prefix: 253 characters pass, 254 do not', () => {
    expect(keyProblem(`${prefix(253)}/app`)).toBeUndefined();
    expect(keyProblem(`${prefix(254)}/app`)).toBe('The prefix has 254 characters; at most 253 are allowed.');
  });

  it('wants a letter or digit at both ends of the name', () => {
    for (const key of ['-app', 'app-', '_app', 'app_', '.app', 'app.', 'example.com/-app', 'example.com/app.']) {
      expect(keyProblem(key), key).toMatch(/must start and end with a letter or digit/);
    }
    expect(keyProblem('a-_.b')).toBeUndefined();
  });

  it('wants a lowercase letter or digit at both ends of every prefix part', () => {
    for (const key of ['-example.com/app', 'example.com-/app', 'example..com/app', '.example.com/app', 'example.com./app']) {
      expect(keyProblem(key), key).toMatch(/Each dot-separated part of the prefix/);
    }
  });

  it('names the character it refuses', () => {
    expect(keyProblem('my app')).toBe("The key may use only letters, digits, '-', '_' and '.'; a space is not allowed.");
    expect(keyProblem('team:a')).toMatch(/“:” is not allowed/);
    expect(keyProblem('Example.com/app')).toMatch(/^The prefix is a DNS subdomain: .*“E” is not allowed\.$/);
    expect(keyProblem('exa_mple.com/app')).toMatch(/“_” is not allowed/);
    expect(keyProblem('ключ')).toMatch(/“к” is not allowed/);
  });

  it('refuses empty parts and a second slash', () => {
    expect(keyProblem('')).toBe('Enter a key.');
    expect(keyProblem('/app')).toMatch(/^The prefix before '\/' is empty/);
    expect(keyProblem('example.com/')).toBe("The name after '/' is empty.");
    expect(keyProblem('a/b/c')).toBe("A key has at most one '/', between the optional prefix and the name.");
  });
});

describe('labelValueProblem', () => {
  it('accepts an empty value and values of up to 63 characters', () => {
    expect(labelValueProblem('')).toBeUndefined();
    expect(labelValueProblem('a')).toBeUndefined();
    expect(labelValueProblem('v1.2_beta-3')).toBeUndefined();
    expect(labelValueProblem(name(63))).toBeUndefined();
  });

  it('refuses 64 characters, bad ends and other characters', () => {
    expect(labelValueProblem(name(64))).toBe('A label value has 64 characters; at most 63 are allowed.');
    for (const value of ['-a', 'a-', '_a', 'a_', '.a', 'a.', '-']) {
      expect(labelValueProblem(value), value).toBe('A label value must start and end with a letter or digit.');
    }
    expect(labelValueProblem('a/b')).toMatch(/“\/” is not allowed/);
    expect(labelValueProblem(' a')).toMatch(/a space is not allowed/);
  });
});

describe('annotation size', () => {
  it('counts UTF-8 bytes of keys and values', () => {
    expect(annotationsSize([{ key: 'ab', value: 'é' }])).toBe(4);
  });

  it('allows exactly 256 KiB and refuses one byte more', () => {
    const key = 'note';
    const exact = [{ key, value: 'x'.repeat(ANNOTATIONS_MAX_BYTES - key.length) }];
    expect(annotationsSizeProblem(exact)).toBeUndefined();
    const over = [{ key, value: 'x'.repeat(ANNOTATIONS_MAX_BYTES - key.length + 1) }];
    expect(annotationsSizeProblem(over)).toBe(
      'The annotations take 256 KiB (262145 bytes); all keys and values together may take at most 256 KiB (262144 bytes).',
    );
  });
});

describe('duplicate keys', () => {
  it('marks every later row with the first row’s number; keys are case-sensitive', () => {
    const problems = duplicateKeyProblems([
      { key: 'team', value: 'a' },
      { key: 'Team', value: 'b' },
      { key: 'team', value: 'c' },
      { key: '', value: '' },
      { key: '', value: '' },
      { key: 'team', value: 'd' },
    ]);
    expect([...problems.keys()]).toEqual([2, 5]);
    expect(problems.get(2)).toBe('The key “team” is already used in row 1; each key appears once.');
  });
});

describe('editor schemas', () => {
  const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

  it('puts each problem on its row and column', () => {
    const result = labelEntriesSchema.safeParse([
      { key: 'team', value: 'data' },
      { key: 'team', value: '' },
      { key: 'env-', value: 'prod-' },
    ]);
    expect(issues(result)).toEqual({
      '1.key': 'The key “team” is already used in row 1; each key appears once.',
      '2.key': 'The key must start and end with a letter or digit.',
      '2.value': 'A label value must start and end with a letter or digit.',
    });
  });

  it('lets annotation values be free text and checks the total on the list', () => {
    expect(annotationEntriesSchema.safeParse([{ key: 'example.com/note', value: 'Owned by team A; see https://x/y.' }]).success).toBe(true);
    const big = annotationEntriesSchema.safeParse([{ key: 'a', value: 'x'.repeat(ANNOTATIONS_MAX_BYTES) }]);
    expect(Object.keys(issues(big))).toEqual(['']);
  });

  it('converts between rows and the contract’s map', () => {
    const entries = [
      { key: 'team', value: 'data' },
      { key: 'example.com/tier', value: '' },
    ];
    expect(entriesToMap(entries)).toEqual({ team: 'data', 'example.com/tier': '' });
    expect(mapToEntries(entriesToMap(entries))).toEqual(entries);
    expect(mapToEntries(undefined)).toEqual([]);
  });
});
