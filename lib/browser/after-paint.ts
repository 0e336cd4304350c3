// Work that must not hold up the frame that shows a change. Starting a fetch costs the page's main thread 1–2 ms
// (Chromium, measured with a CPU profile of the clusters list): a page of 25 rows whose node pool counts started
// their requests while mounting painted its new rows about 50 ms later. Callbacks queued in one frame run together,
// in one task after that frame's paint (one React render for all their state updates). A hidden page paints no
// frames: a timeout stands in.
import { useEffect, useState } from 'react';

const HIDDEN_PAGE_FALLBACK_MS = 250;

let queue: (() => void)[] = [];
let scheduled = false;

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    clearTimeout(fallback);
    scheduled = false;
    const callbacks = queue;
    queue = [];
    for (const callback of callbacks) callback();
  };
  const fallback = setTimeout(run, HIDDEN_PAGE_FALLBACK_MS);
  // An animation frame callback runs before the paint; a task it queues runs after it.
  requestAnimationFrame(() => setTimeout(run, 0));
}

/** Runs `callback` in the first task after the next paint; the returned function cancels it. */
export function afterPaint(callback: () => void): () => void {
  queue.push(callback);
  schedule();
  return () => {
    queue = queue.filter((queued) => queued !== callback);
  };
}

/**
 * False while a component mounts (and on the server), true from the first task after the browser painted it. With
 * `active` false it is false, and becomes true only in the first task after a paint once `active` is true: work held
 * back meanwhile still does not hold up the frame that ends the wait.
 */
export function usePainted(active = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (painted || !active ? undefined : afterPaint(() => setPainted(true))), [painted, active]);
  return painted && active;
}
