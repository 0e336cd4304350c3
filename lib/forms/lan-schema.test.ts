import { describe, expect, it } from 'vitest';
import { lanFormSchema, routeFormSchema } from '@/lib/forms/lan-schema';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('routeFormSchema', () => {
  it('accepts a network and a gateway of the same family', () => {
    expect(routeFormSchema.safeParse({ network: '10.1.0.0/16', gateway: '10.0.0.1' }).success).toBe(true);
    expect(routeFormSchema.safeParse({ network: 'fd00:1::/64', gateway: 'fd00::1' }).success).toBe(true);
  });

  it('puts each problem on its field', () => {
    expect(messages(routeFormSchema.safeParse({ network: '10.1.0.0', gateway: '' }))).toEqual({
      network: 'Add a prefix length: a network in CIDR notation looks like 10.1.0.0/16.',
      gateway: 'Enter an IPv4 or IPv6 address, e.g. 10.1.0.1.',
    });
    expect(messages(routeFormSchema.safeParse({ network: 'fd00:1::/64', gateway: '10.0.0.1' }))).toEqual({
      gateway: 'The gateway must be an IPv6 address, like the network.',
    });
  });
});

describe('lanFormSchema', () => {
  it('requires the UI fields and refuses the same network twice', () => {
    const routes = [
      { network: '10.1.0.0/16', gateway: '10.0.0.1' },
      { network: '10.1.0.0/16', gateway: '10.0.0.2' },
    ];
    expect(messages(lanFormSchema.safeParse({ lanId: '2', dhcp: true, routes }))).toEqual({
      'routes.1.network': 'Route 1 already uses this network.',
    });
    expect(lanFormSchema.safeParse({ lanId: '2', dhcp: false, routes: [] }).success).toBe(true);
    expect(lanFormSchema.safeParse({ lanId: '2' }).success).toBe(false);
  });
});
