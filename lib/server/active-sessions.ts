// The active-sessions estimate: distinct sessions this instance served within the idle timeout. Keys are digests
// of session ids (never the ids). Memory is bounded: past `max` keys the least recently seen are dropped, so the
// estimate saturates at `max` instead of growing without end.
import 'server-only';

export class ActiveSessions {
  /** Digest → last time seen (ms). A Map keeps insertion order: re-inserting on each sighting keeps the oldest first. */
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly max = 50_000) {}

  seen(key: string, nowMs: number): void {
    this.lastSeen.delete(key);
    this.lastSeen.set(key, nowMs);
    if (this.lastSeen.size > this.max) {
      const oldest = this.lastSeen.keys().next();
      if (!oldest.done) this.lastSeen.delete(oldest.value);
    }
  }

  /** Sessions seen within the last `windowMs`; forgets the older ones. */
  count(nowMs: number, windowMs: number): number {
    const cutoff = nowMs - windowMs;
    for (const [key, at] of this.lastSeen) {
      if (at >= cutoff) break;
      this.lastSeen.delete(key);
    }
    return this.lastSeen.size;
  }
}
