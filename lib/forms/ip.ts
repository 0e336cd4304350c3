// Pure IPv4/IPv6 address and CIDR validation for forms. Each validator returns the message to show,
// or undefined when the value is fine, so forms can plug them into zod refinements or use them alone.

export type IpFamily = 4 | 6;

/** A parsed address: its family and its value as an unsigned integer (BigInt covers IPv6's 128 bits). */
export type IpAddress = { family: IpFamily; value: bigint };

const IPV4_OCTET = /^(?:0|[1-9]\d{0,2})$/;

/** Dotted-quad IPv4; leading zeros are refused because some tools read them as octal. */
export function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!IPV4_OCTET.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

const HEXTET = /^[0-9a-fA-F]{1,4}$/;

function parseHextets(groups: string[]): bigint[] | undefined {
  const out: bigint[] = [];
  for (const group of groups) {
    if (!HEXTET.test(group)) return undefined;
    out.push(BigInt(`0x${group}`));
  }
  return out;
}

/** RFC 4291 text forms: full, `::`-compressed, and with a dotted IPv4 tail. Zone ids (`%eth0`) are refused. */
export function parseIpv6(text: string): bigint | undefined {
  if (text.length === 0 || text.includes('%')) return undefined;
  let head = text;
  let tail: bigint[] = [];
  // An embedded IPv4 address (`::ffff:192.0.2.1`) stands for the last two groups.
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail = [v4 >> 16n, v4 & 0xffffn];
    head = text.slice(0, lastColon + 1);
    // `::1.2.3.4` leaves `::`; `1::1.2.3.4` leaves `1::`; `1:2:3:4:5:6:1.2.3.4` leaves `1:2:3:4:5:6:`.
    if (!head.endsWith('::')) head = head.slice(0, -1);
  }

  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const split = (part: string) => (part === '' ? [] : part.split(':'));
  const left = parseHextets(split(halves[0] ?? ''));
  const right = halves.length === 2 ? parseHextets(split(halves[1] ?? '')) : [];
  if (!left || !right) return undefined;

  const given = left.length + right.length + tail.length;
  let groups: bigint[];
  if (halves.length === 2) {
    // `::` stands for at least one group of zeros.
    if (given > 7) return undefined;
    groups = [...left, ...Array<bigint>(8 - given).fill(0n), ...right, ...tail];
  } else {
    if (given !== 8) return undefined;
    groups = [...left, ...tail];
  }
  return groups.reduce((value, group) => (value << 16n) | group, 0n);
}

/** Parses an IPv4 or IPv6 address, or undefined; surrounding spaces make it invalid (they would reach the API). */
export function parseIpAddress(text: string): IpAddress | undefined {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { family: 6, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { family: 4, value };
}

const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };

export type Cidr = IpAddress & { prefix: number };

/** `address/prefix` with a decimal prefix in range for the family; host bits are allowed here (see validateCidr). */
export function parseCidr(text: string): Cidr | undefined {
  const [address, prefix, ...rest] = text.split('/');
  if (address === undefined || prefix === undefined || rest.length > 0) return undefined;
  if (!/^(?:0|[1-9]\d{0,2})$/.test(prefix)) return undefined;
  const parsed = parseIpAddress(address);
  if (!parsed || Number(prefix) > BITS[parsed.family]) return undefined;
  return { ...parsed, prefix: Number(prefix) };
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

/** The canonical (RFC 5952) text of an IPv6 address: lowercase, longest run of 2+ zero groups as `::`. */
function formatIpv6(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt((7 - i) * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > bestLength && j - i >= 2) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

export function formatIpAddress({ family, value }: IpAddress): string {
  return family === 4 ? formatIpv4(value) : formatIpv6(value);
}

/** The network address of a CIDR (host bits cleared). */
export function networkOf({ family, value, prefix }: Cidr): Cidr {
  const hostBits = BigInt(BITS[family] - prefix);
  const masked = (value >> hostBits) << hostBits;
  return { family, value: masked, prefix };
}

export const CIDR_EXAMPLE = 'e.g. 10.1.0.0/16 or fd00:1::/64';
export const GATEWAY_EXAMPLE = 'An address in the LAN, e.g. 10.1.0.1.';

/** A message for anything that is not a network in CIDR notation with its host bits cleared. */
export function validateCidr(text: string): string | undefined {
  if (text.trim() === '') return `Enter a network in CIDR notation, ${CIDR_EXAMPLE}.`;
  if (/\s/.test(text)) return 'Remove the spaces: a network in CIDR notation looks like 10.1.0.0/16.';
  if (!text.includes('/')) return `Add a prefix length: a network in CIDR notation looks like 10.1.0.0/16.`;
  const cidr = parseCidr(text);
  if (!cidr) {
    const address = parseIpAddress(text.split('/')[0] ?? '');
    if (address) return `The prefix length must be a whole number from 0 to ${BITS[address.family]} for IPv${address.family}.`;
    return `“${text}” is not a network in CIDR notation (${CIDR_EXAMPLE}).`;
  }
  const network = networkOf(cidr);
  if (network.value !== cidr.value) {
    return `The address has host bits set for /${cidr.prefix}; the network is ${formatIpAddress(network)}/${cidr.prefix}.`;
  }
  return undefined;
}

/** A message for anything that is not a single IPv4 or IPv6 address. */
export function validateIpAddress(text: string): string | undefined {
  if (text.trim() === '') return 'Enter an IPv4 or IPv6 address, e.g. 10.1.0.1.';
  if (/\s/.test(text)) return 'Remove the spaces: an address looks like 10.1.0.1.';
  if (text.includes('/')) return 'Enter a single address without a prefix length, e.g. 10.1.0.1.';
  if (!parseIpAddress(text)) return `“${text}” is not an IPv4 or IPv6 address.`;
  return undefined;
}

/** The IP family of a valid address or CIDR text, for checking that a gateway matches its network. */
export function ipFamilyOf(text: string): IpFamily | undefined {
  return (text.includes('/') ? parseCidr(text) : parseIpAddress(text))?.family;
}
