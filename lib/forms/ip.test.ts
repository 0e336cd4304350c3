import { describe, expect, it } from 'vitest';
import {
  formatIpAddress,
  ipFamilyOf,
  networkOf,
  parseCidr,
  parseIpAddress,
  parseIpv4,
  parseIpv6,
  validateCidr,
  validateIpAddress,
} from '@/lib/forms/ip';

describe('parseIpv4', () => {
  it.each([
    ['0.0.0.0', 0n],
    ['10.1.0.1', 0x0a010001n],
    ['255.255.255.255', 0xffffffffn],
  ])('reads %s', (text, value) => expect(parseIpv4(text)).toBe(value));

  it.each(['', '1.2.3', '1.2.3.4.5', '256.0.0.1', '01.2.3.4', '1.2.3.-4', '1..3.4', 'a.b.c.d', '1.2.3.4 '])('refuses %j', (text) =>
    expect(parseIpv4(text)).toBeUndefined(),
  );
});

describe('parseIpv6', () => {
  it.each([
    ['::', 0n],
    ['::1', 1n],
    ['fd00::', 0xfd00n << 112n],
    ['2001:db8:0:0:0:0:0:1', (0x2001n << 112n) | (0xdb8n << 96n) | 1n],
    ['2001:DB8::1', (0x2001n << 112n) | (0xdb8n << 96n) | 1n],
    ['::ffff:192.0.2.1', (0xffffn << 32n) | 0xc0000201n],
    ['1:2:3:4:5:6:1.2.3.4', (1n << 112n) | (2n << 96n) | (3n << 80n) | (4n << 64n) | (5n << 48n) | (6n << 32n) | 0x01020304n],
  ])('reads %s', (text, value) => expect(parseIpv6(text)).toBe(value));

  it.each([
    '',
    ':',
    ':::',
    '1::2::3',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7:8::',
    '12345::',
    'g::',
    'fe80::1%eth0',
    '::1.2.3',
    '1:2:3:4:5:6:7:1.2.3.4',
  ])('refuses %j', (text) => expect(parseIpv6(text)).toBeUndefined());
});

describe('formatIpAddress', () => {
  it.each(['10.1.0.0', '::', '::1', 'fd00::', '2001:db8::1', '2001:db8:0:1:0:0:0:1', '1:0:0:2:0:0:0:3'])(
    'round-trips %s to RFC 5952 text',
    (text) => {
      const parsed = parseIpAddress(text)!;
      const expected = { '2001:db8:0:1:0:0:0:1': '2001:db8:0:1::1', '1:0:0:2:0:0:0:3': '1:0:0:2::3' }[text] ?? text;
      expect(formatIpAddress(parsed)).toBe(expected);
    },
  );
});

describe('parseCidr and networkOf', () => {
  it('reads both families and clears host bits', () => {
    expect(parseCidr('10.1.2.3/16')).toEqual({ family: 4, value: 0x0a010203n, prefix: 16 });
    expect(formatIpAddress(networkOf(parseCidr('10.1.2.3/16')!))).toBe('10.1.0.0');
    expect(formatIpAddress(networkOf(parseCidr('fd00:1::5/64')!))).toBe('fd00:1::');
    expect(networkOf(parseCidr('10.1.2.3/0')!).value).toBe(0n);
    expect(networkOf(parseCidr('10.1.2.3/32')!).value).toBe(0x0a010203n);
  });

  it.each(['10.0.0.0', '10.0.0.0/33', '::/129', '10.0.0.0/', '10.0.0.0/08', '10.0.0.0/1/2', '/8', '10.0.0.0/-1', '10.0.0.0/ 8'])(
    'refuses %j',
    (text) => expect(parseCidr(text)).toBeUndefined(),
  );
});

describe('validateCidr', () => {
  it.each(['10.1.0.0/16', '0.0.0.0/0', '192.168.1.7/32', 'fd00:1::/64', '::/0', '2001:db8::/32'])('accepts %s', (text) =>
    expect(validateCidr(text)).toBeUndefined(),
  );

  it('says what is wrong', () => {
    expect(validateCidr('')).toMatch(/Enter a network in CIDR notation/);
    expect(validateCidr(' 10.0.0.0/8')).toMatch(/Remove the spaces/);
    expect(validateCidr('10.0.0.0')).toMatch(/Add a prefix length/);
    expect(validateCidr('10.0.0.0/40')).toBe('The prefix length must be a whole number from 0 to 32 for IPv4.');
    expect(validateCidr('fd00::/200')).toBe('The prefix length must be a whole number from 0 to 128 for IPv6.');
    expect(validateCidr('10.0.0.300/8')).toMatch(/is not a network in CIDR notation/);
    expect(validateCidr('10.1.0.1/16')).toBe('The address has host bits set for /16; the network is 10.1.0.0/16.');
    expect(validateCidr('fd00:1::1/64')).toBe('The address has host bits set for /64; the network is fd00:1::/64.');
  });
});

describe('validateIpAddress and ipFamilyOf', () => {
  it('accepts single addresses of both families', () => {
    expect(validateIpAddress('10.1.0.1')).toBeUndefined();
    expect(validateIpAddress('fd00::1')).toBeUndefined();
  });

  it('says what is wrong', () => {
    expect(validateIpAddress('')).toMatch(/Enter an IPv4 or IPv6 address/);
    expect(validateIpAddress('10.1.0.1/32')).toMatch(/without a prefix length/);
    expect(validateIpAddress('10.1.0')).toBe('“10.1.0” is not an IPv4 or IPv6 address.');
    expect(validateIpAddress('10.1.0.1 ')).toMatch(/Remove the spaces/);
  });

  it('tells the family of an address or network', () => {
    expect(ipFamilyOf('10.0.0.0/8')).toBe(4);
    expect(ipFamilyOf('fd00::1')).toBe(6);
    expect(ipFamilyOf('nonsense')).toBeUndefined();
  });
});
