// The one order of Data Platform version strings ("24.11", "25.3.1", "24.11-rc1"), for the create wizard's version
// list and the clusters table's sort alike.

type Parsed = { release: string[]; preRelease: string[] | undefined };

function parse(version: string): Parsed {
  const text = version.trim();
  const dash = text.indexOf('-');
  const release = dash === -1 ? text : text.slice(0, dash);
  return { release: release.split('.'), preRelease: dash === -1 ? undefined : text.slice(dash + 1).split('.') };
}

const DIGITS = /^\d+$/;
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Numbers as numbers, before words; words by their digit runs as numbers ("rc2" before "rc10"). */
function compareIdentifiers(a: string, b: string): number {
  const aNumeric = DIGITS.test(a);
  const bNumeric = DIGITS.test(b);
  if (aNumeric && bNumeric) return Math.sign(Number(a) - Number(b));
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return Math.sign(collator.compare(a, b));
}

/** Part by part; a list that runs out first is the smaller ("25.3" before "25.3.0" and "25.3.1"). */
function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareIdentifiers(a[i] ?? '', b[i] ?? '');
    if (order !== 0) return order;
  }
  return Math.sign(a.length - b.length);
}

/**
 * Orders version strings oldest first, the way semantic versioning does: parts compare as numbers ("24.11" after
 * "24.7"), and a pre-release comes before its release ("24.11-rc1" < "24.11" < "24.11.1" < "25.3"). Sort with
 * `(a, b) => compareVersions(b, a)` for newest first.
 */
export function compareVersions(a: string, b: string): number {
  const left = parse(a);
  const right = parse(b);
  const release = compareLists(left.release, right.release);
  if (release !== 0) return release;
  if (left.preRelease === undefined || right.preRelease === undefined) {
    return left.preRelease === right.preRelease ? 0 : left.preRelease === undefined ? 1 : -1;
  }
  return compareLists(left.preRelease, right.preRelease);
}
