/**
 * The user of GET /api/v2/me and the subresources a client asks for (`?subresources=*` or a comma
 * list such as `settings,channels`), in the shape a real GWS answers (research/gws-protocol.md §2:
 * a captured answer in public client code): `settings` (sections of string options), `channels`
 * (the agent state per logged-in channel), `devices` (none: the reference has no voice), `features`,
 * `skills`, `calls` (none) and the agent's current interactions per channel under their collection
 * names (`chats`, `smssessions`, `facebooksessions`). Unknown names are ignored, as unknown query
 * parameters are.
 */
import { createHash } from 'node:crypto';
import { CHANNEL_TABLE, CHANNELS } from '../src/model/channels';
import { type AgentStates, USER_STATES } from './agent-state';
import type { Json } from './hooks';
import type { Renderer } from './render';
import type { Store } from './store';

const COLLECTIONS = CHANNELS.map((c) => CHANNEL_TABLE[c].collection);

export const SUBRESOURCES = [
  'settings',
  'channels',
  'devices',
  'features',
  'skills',
  'calls',
  ...COLLECTIONS,
];

/** The subresources named by the query, in SUBRESOURCES order; `*` names them all. */
export function requestedSubresources(query: URLSearchParams): string[] {
  const named = new Set(
    query
      .getAll('subresources')
      .flatMap((v) => v.split(','))
      .map((s) => s.trim()),
  );
  return named.has('*') ? [...SUBRESOURCES] : SUBRESOURCES.filter((s) => named.has(s));
}

/** Options of the agent desktop, by section, as GWS returns them (every value a string). */
const SETTINGS: Json = {
  'interaction-workspace': {
    'chat.nickname': '$Agent.UserName$',
    'chat.auto-answer': 'false',
    'facebook.auto-answer': 'false',
    'privilege.chat.can-use': 'true',
    'privilege.facebook.can-use': 'true',
    'agent-status.enabled-actions-global': 'Ready,NotReady,LogOff',
  },
  htcc: { roles: 'Agent' },
};

/** The features every chat, SMS and Facebook operation page requires (gws-protocol.md §2). */
const FEATURES = [
  { id: 'api-multimedia', displayName: 'Multimedia API', description: 'API for Multimedia' },
  { id: 'api-multimedia-chat', displayName: 'Multimedia Chat API', description: 'API for Multimedia Chat' },
];

export class MeResource {
  constructor(
    private readonly base: string,
    private readonly store: Store,
    private readonly states: AgentStates,
    private readonly renderer: Renderer,
  ) {}

  /** The user object, with the subresources `names` (from requestedSubresources). */
  user(user: string, names: readonly string[]): Json {
    const id = createHash('sha1').update(user).digest('hex').slice(0, 32);
    const json: Json = {
      id,
      userName: user,
      firstName: user,
      lastName: 'Agent',
      roles: ['ROLE_AGENT'],
      enabled: true,
      changePasswordOnFirstLogin: false,
      uri: `${this.base}/api/v2/users/${id}`,
      path: `/users/${id}`,
    };
    for (const name of names) json[name] = this.subresource(user, name);
    return json;
  }

  private subresource(user: string, name: string): unknown {
    switch (name) {
      case 'settings':
        return structuredClone(SETTINGS);
      case 'channels':
        return this.states
          .of(user)
          .map(({ channel, state }) => ({ channel, userState: { ...USER_STATES[state] } }));
      case 'features':
        return FEATURES.map((f) => ({
          ...f,
          uri: `${this.base}/api/v2/features/${f.id}`,
          path: `/features/${f.id}`,
        }));
      case 'devices':
      case 'skills':
      case 'calls':
        return [];
      default: {
        const channel = CHANNELS.find((c) => CHANNEL_TABLE[c].collection === name)!;
        return this.store.live(user, channel).map((i) => this.renderer.resource(i, 'rest'));
      }
    }
  }
}
