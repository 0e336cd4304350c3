import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { membershipOf, parsePortalConfig } from '@/lib/portal/config';

const demo = readFileSync(path.resolve(__dirname, '../../portal.yaml'), 'utf8');

describe('the teams file', () => {
  it('reads the demo file with defaults', () => {
    const config = parsePortalConfig(demo);
    expect(config.teams.map((team) => team.id)).toEqual(['analytics', 'streaming']);
    expect(config.audit.retentionDays).toBe(365);
    expect(config.tokens.maxDays).toBe(90);
  });

  it('maps groups to the highest role per team, and platform admins', () => {
    const config = parsePortalConfig(demo);
    expect(membershipOf(config, ['analytics-viewers', 'analytics-admins', 'streaming-viewers'])).toEqual({
      platformAdmin: false,
      teams: { analytics: 'admin', streaming: 'viewer' },
    });
    expect(membershipOf(config, ['platform-admins'])).toEqual({ platformAdmin: true, teams: {} });
    expect(membershipOf(config, ['unknown'])).toEqual({ platformAdmin: false, teams: {} });
  });

  it('names the line and field of a wrong value', () => {
    const broken = demo.replace('quota: { clusters: 2, nodes: 8', 'quota: { clusters: -1, nodes: 8');
    const line = broken.split('\n').findIndex((text) => text.includes('clusters: -1')) + 1;
    expect(() => parsePortalConfig(broken, 'teams.yaml')).toThrow(`teams.yaml line ${line}: teams[1].quota.clusters: Cannot be negative.`);
  });

  it('names the line of unknown fields, duplicate ids and broken YAML', () => {
    expect(() => parsePortalConfig(demo.replace('    name: Streaming', '    name: Streaming\n    colour: red'))).toThrow(
      /portal\.yaml line \d+: teams\[1\]: Unrecognized key: "colour"/,
    );
    expect(() => parsePortalConfig(demo.replace('id: streaming', 'id: analytics'))).toThrow(
      /line \d+: teams\[1\]\.id: The team id "analytics" is used twice\./,
    );
    expect(() => parsePortalConfig('teams: [\n  {id: a')).toThrow(/portal\.yaml line \d+: not valid YAML/);
  });
});
