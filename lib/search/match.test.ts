import { describe, expect, it } from 'vitest';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { Datacenter } from '@/lib/api/datacenters/schema';
import { MATCH_RANK, matchClusters, matchRank, matches, searchFields, type SearchFields } from '@/lib/search/match';

const ID = '7d3c1c5e-2f4a-4b8e-9c1d-0a1b2c3d4e5f';
const fields: SearchFields = { id: ID, name: 'kafka-dev', datacenterName: 'streaming-txl', location: 'de/txl' };

describe('matchRank', () => {
  it('finds by the whole id, ignoring case and surrounding blanks', () => {
    expect(matchRank(fields, ID)).toBe(MATCH_RANK.id);
    expect(matches(fields, `  ${ID.toUpperCase()} `)).toBe(true);
  });

  it('finds by an id prefix of at least four characters', () => {
    expect(matchRank(fields, '7d3c1c5e')).toBe(MATCH_RANK.idPrefix);
    expect(matchRank(fields, '7d3c')).toBe(MATCH_RANK.idPrefix);
    expect(matchRank(fields, '7d3')).toBeUndefined();
    expect(matchRank(fields, '2f4a')).toBeUndefined();
  });

  it('finds by a part of the name, a name prefix ranking first', () => {
    expect(matchRank(fields, 'kafka')).toBe(MATCH_RANK.namePrefix);
    expect(matchRank(fields, 'dev')).toBe(MATCH_RANK.name);
  });

  it("finds by the data center's name or location", () => {
    expect(matchRank(fields, 'streaming')).toBe(MATCH_RANK.datacenter);
    expect(matchRank(fields, 'txl')).toBe(MATCH_RANK.datacenter);
    expect(matchRank(fields, 'de/txl')).toBe(MATCH_RANK.datacenter);
    expect(matchRank(fields, 'fra')).toBeUndefined();
  });

  it('matches everything with an empty query and nothing unrelated', () => {
    expect(matches(fields, '')).toBe(true);
    expect(matches(fields, 'trino')).toBe(false);
    expect(matches({ id: ID }, 'kafka')).toBe(false);
  });
});

const frankfurt = { id: 'dc-fra', properties: { name: 'analytics-fra', location: 'de/fra' } } as Datacenter;
const datacenters = new Map([[frankfurt.id, frankfurt]]);
const cluster = (id: string, name: string, datacenterId?: string) => ({ id, properties: { name, datacenterId }, metadata: {} }) as ClusterResponse;

describe('matchClusters', () => {
  const clusters = [cluster(ID, 'kafka-dev', 'dc-fra'), cluster('0000aaaa-0000-4000-8000-000000000000', 'trino', 'dc-unknown')];

  it('keeps the list as it is without a query', () => {
    expect(matchClusters(clusters, ' ', datacenters)).toBe(clusters);
  });

  it('finds clusters by data center location, name or id', () => {
    expect(matchClusters(clusters, 'fra', datacenters).map((c) => c.properties.name)).toEqual(['kafka-dev']);
    expect(matchClusters(clusters, 'TRI', datacenters).map((c) => c.properties.name)).toEqual(['trino']);
    expect(matchClusters(clusters, '0000aaaa', datacenters).map((c) => c.properties.name)).toEqual(['trino']);
  });

  it('uses the data center the resource names, when the data centers are known', () => {
    expect(searchFields(clusters[0]!, datacenters)).toEqual({ id: ID, name: 'kafka-dev', datacenterName: 'analytics-fra', location: 'de/fra' });
    expect(searchFields(clusters[1]!, datacenters)).toEqual({ id: clusters[1]!.id, name: 'trino', datacenterName: undefined, location: undefined });
  });
});
