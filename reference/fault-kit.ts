/** Small helpers that keep each fault and variation entry to a few lines. */
import type { Channel } from '../src/model/channels';
import type { RequirementId } from '../src/model/requirements';
import type { Hooks, Json, Note, NoteKind, Reply, ResourceView } from './hooks';

export interface FaultEntry {
  name: string;
  /** The requirement this fault makes the server break. */
  breaks: RequirementId[];
  /**
   * The verdict the suite must give: the requirement's own level when absent; `warn` where the
   * fault breaks only a SHOULD detail of a MUST requirement (SES-3's cookie-only handshake).
   */
  verdict?: 'fail' | 'warn';
  /**
   * Requirements the fault legitimately breaks too, each with the reason: the sensitivity test
   * accepts `fail` or `error` results on them and on no other undeclared requirement.
   */
  collateral?: { requirement: RequirementId; reason: string }[];
  description: string;
  hooks: Hooks;
  /**
   * The channels where it can break its requirements, when fewer than where they apply: a fault in
   * an operation a channel does not document (SendUrl on facebook) has nothing to break there.
   */
  channels?: Channel[];
  /**
   * The suite has no check for its requirement yet (the lifecycle faults, until the lifecycle
   * checks land): the sensitivity self-test lists it as "awaiting checks" instead of running it.
   */
  awaitingChecks?: boolean;
}

export interface VariationEntry {
  name: string;
  /** Requirements (or general rules under them) that allow this behaviour: a correct suite passes. */
  allowedBy: RequirementId[];
  description: string;
  hooks: Hooks;
}

export function capabilities(resource: Json): string[] {
  return Array.isArray(resource.capabilities) ? (resource.capabilities as string[]) : [];
}

/** A resource hook that edits the capabilities in the given views. */
export function editCapabilities(
  views: ResourceView[],
  edit: (caps: string[]) => string[],
): Hooks['resource'] {
  return (res, ctx) => (views.includes(ctx.view) ? { ...res, capabilities: edit(capabilities(res)) } : res);
}

export const without =
  (name: string) =>
  (caps: string[]): string[] =>
    caps.filter((c) => c !== name);

/** A notify hook that rewrites the data of the notes of some kinds. */
export function editNotes(kinds: NoteKind[] | 'all', edit: (data: Json) => Json): Hooks['notify'] {
  return (notes) =>
    notes.map((n) => (kinds === 'all' || kinds.includes(n.kind) ? { ...n, data: edit(n.data) } : n));
}

export function omit(data: Json, ...keys: string[]): Json {
  const copy = { ...data };
  for (const k of keys) delete copy[k];
  return copy;
}

export function moveBefore(notes: Note[], kind: NoteKind, before: NoteKind): Note[] {
  const moving = notes.filter((n) => n.kind === kind);
  const rest = notes.filter((n) => n.kind !== kind);
  const at = rest.findIndex((n) => n.kind === before);
  if (moving.length === 0 || at < 0) return notes;
  return [...rest.slice(0, at), ...moving, ...rest.slice(at)];
}

export function isErrorReply(reply: Reply): reply is { status: number; body: Json } {
  return (
    typeof reply.body === 'object' && typeof reply.body.statusCode === 'number' && reply.body.statusCode !== 0
  );
}
