import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '@/lib/browser/after-paint';

describe('afterPaint', () => {
  let frames: FrameRequestCallback[] = [];
  /** The browser's next frame: its animation frame callbacks, then the paint. */
  const frame = () => {
    const callbacks = frames;
    frames = [];
    for (const callback of callbacks) callback(performance.now());
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  });
  afterEach(() => {
    vi.runOnlyPendingTimers();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    frames = [];
  });

  it('runs the callbacks of one frame together, in the first task after its paint, and not a cancelled one', () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('a'));
    const cancel = afterPaint(() => ran.push('b'));
    afterPaint(() => ran.push('c'));
    cancel();
    expect(frames).toHaveLength(1);
    vi.advanceTimersByTime(0);
    expect(ran).toEqual([]);
    frame();
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['a', 'c']);
    // Later callbacks wait for a frame of their own.
    afterPaint(() => ran.push('d'));
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['a', 'c']);
    frame();
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['a', 'c', 'd']);
  });

  it('runs on a hidden page, which paints no frames, after 250 ms, and once only', () => {
    const ran = vi.fn();
    afterPaint(ran);
    vi.advanceTimersByTime(249);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ran).toHaveBeenCalledTimes(1);
    frame();
    vi.advanceTimersByTime(0);
    expect(ran).toHaveBeenCalledTimes(1);
  });
});
