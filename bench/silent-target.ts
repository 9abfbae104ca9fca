/**
 * A target that never notifies: a real reference server behind a proxy that lets every meta
 * Bayeux message through (handshake, subscribe and connect succeed) and drops every notification.
 */
import { isBayeux, messagesOf, withMessages } from '../selftest/hostile/bayeux';
import { type Hostile, hostileProxy } from '../selftest/hostile/servers';

export function silentTarget(): Promise<Hostile> {
  return hostileProxy({
    rewrite: (req, answer) => {
      const messages = isBayeux(req) ? messagesOf(answer) : undefined;
      return messages
        ? withMessages(
            answer,
            messages.filter((m) => m.channel.startsWith('/meta/')),
          )
        : answer;
    },
  });
}
