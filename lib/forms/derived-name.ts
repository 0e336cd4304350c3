// Names for a resource made from another one: a copy ("spark-copy") and a pool's replacement ("spark-2"). Both
// stay within the contract's resource name rules (63 characters, ending in a letter or digit) and avoid names
// already taken, compared case-insensitively (the API refuses a second pool of the same name in a cluster).

const MAX_LENGTH = 63;

/** `stem` + `suffix`, the stem cut so the whole fits and ends in a letter or digit. */
function withSuffix(stem: string, suffix: string): string {
  const cut = stem.slice(0, MAX_LENGTH - suffix.length).replace(/[-_.]+$/, '');
  return `${cut || 'x'}${suffix}`;
}

function firstFree(candidates: (n: number) => string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const name = candidates(n);
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** "spark-workers" → "spark-workers-copy", then "-copy-2", … as those are taken. */
export function copyName(name: string, taken: Iterable<string>): string {
  return firstFree((n) => withSuffix(name, n === 1 ? '-copy' : `-copy-${n}`), taken);
}

/**
 * The replacement of a pool named "workers" suggests "workers-2", of "workers-2" "workers-3": a generation number
 * instead of a lasting "-new", because the API cannot rename a pool and the old name stays taken until the old
 * pool is deleted. An older "-new" suffix is read as the second generation.
 */
export function replacementName(name: string, taken: Iterable<string>): string {
  const generation = /^(.*?)-(\d{1,4}|new)$/.exec(name);
  const stem = generation?.[1] || name;
  const current = generation ? (generation[2] === 'new' ? 2 : Number(generation[2])) : 1;
  return firstFree((n) => withSuffix(stem, `-${current + n}`), [...taken, name]);
}
