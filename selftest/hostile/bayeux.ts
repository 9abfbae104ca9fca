/** Small helpers for proxies that tamper with Bayeux (CometD) exchanges. */
import type { Incoming, Upstream } from './servers';

export interface Message {
  channel: string;
  data?: unknown;
  [key: string]: unknown;
}

export const isBayeux = (req: Incoming): boolean => req.path.startsWith('/api/v2/notifications');

/** The CometD session a Bayeux request belongs to ('' for a handshake, which has none yet). */
export function clientIdOf(req: Incoming): string {
  try {
    const parsed: unknown = JSON.parse(req.body.toString('utf8'));
    const first: unknown = Array.isArray(parsed) ? parsed[0] : parsed;
    const id = (first as { clientId?: unknown } | null)?.clientId;
    return typeof id === 'string' ? id : '';
  } catch {
    return '';
  }
}

/** The messages of a Bayeux reply, or undefined when it is not a JSON array of objects. */
export function messagesOf(answer: Upstream): Message[] | undefined {
  try {
    const parsed: unknown = JSON.parse(answer.body.toString('utf8'));
    return Array.isArray(parsed) ? (parsed as Message[]) : undefined;
  } catch {
    return undefined;
  }
}

export function withMessages(answer: Upstream, messages: Message[]): Upstream {
  return { ...answer, body: Buffer.from(JSON.stringify(messages)) };
}

/** The interaction ids a notification names: resource ids and the last segment of history URIs. */
export function idsIn(data: unknown): string[] {
  if (!data || typeof data !== 'object') return [];
  const ids: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string')
      ids.push((value as { id: string }).id);
    if (/(Uri|Path)$/.test(key) && typeof value === 'string') ids.push(value.split('/').pop() ?? '');
  }
  return ids.filter((id) => id.length >= 4);
}
