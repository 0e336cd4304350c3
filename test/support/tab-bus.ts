// Console tabs on one in-memory channel for the tests of lib/browser: like a BroadcastChannel it skips the
// sender. `later` delivers in a later task (setTimeout 0) as browsers do; otherwise at once.
import type { ChannelLike, TabMessage } from '@/lib/browser/tabs';

export function bus({ later = false }: { later?: boolean } = {}) {
  const members = new Set<ChannelLike>();
  return () => {
    const channel: ChannelLike = {
      onmessage: null,
      postMessage(message: TabMessage) {
        const copy = structuredClone(message);
        for (const member of members) {
          if (member === channel) continue;
          if (later) setTimeout(() => member.onmessage?.({ data: copy }), 0);
          else member.onmessage?.({ data: copy });
        }
      },
    };
    members.add(channel);
    return channel;
  };
}
