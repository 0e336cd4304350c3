// .env.example documents every variable of README's configuration table,
// and sets none: copying it changes nothing until a line is uncommented.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const example = readFileSync('.env.example', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const configuration = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
const tableVariables = [...configuration.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((match) => match[1]!);

describe('.env.example', () => {
  it('reads the README table', () => {
    expect(tableVariables).toEqual(
      expect.arrayContaining(['IONOS_API_URL', 'NEXTAUTH_SECRET', 'HOST', 'SANDBOX_FAULTS', 'METRICS_TOKEN', 'IONOS_HTTP_PROXY_HEADERS']),
    );
  });

  it.each(tableVariables)('documents %s', (name) => {
    expect(example).toMatch(new RegExp(`^# ${name}=`, 'm'));
  });

  it('sets nothing: every non-empty line is a comment', () => {
    const active = example.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(active).toEqual([]);
  });
});
