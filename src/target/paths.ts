/**
 * Request paths built from ids the target gave. encodeURIComponent leaves `.` and `..` as they are,
 * and the URL parser then resolves them as dot segments (`/api/v2/me/chats/..` becomes
 * `/api/v2/me/`), so an id from the target could change which resource a request addresses. Every
 * id goes through `idProblem` where it enters the run (the drivers refuse it, with the reason) and
 * through `segment` where it becomes part of a path (which throws rather than send such a request).
 */

/** Ids longer than this are refused: they would swell every request line and notification kept. */
export const MAX_ID = 1024;

/** Why an id cannot name a resource in a URL path, or undefined when it can. */
export function idProblem(id: unknown): string | undefined {
  if (typeof id !== 'string' || id === '') return 'is empty or not a string';
  if (id.length > MAX_ID) return `is ${id.length} characters long (the suite takes ids of up to ${MAX_ID})`;
  let encoded: string;
  try {
    encoded = encodeURIComponent(id);
  } catch {
    return 'is not valid UTF-16 (a lone surrogate)';
  }
  // A dot segment, in any spelling the URL parser resolves (`.`, `..`, `%2e`, `.%2E`, ...).
  if (/^(\.|%2e){1,2}$/i.test(encoded)) return 'is a dot segment, which the URL parser would resolve away';
  const probe = new URL(`http://h/x/${encoded}/y`).pathname;
  if (probe !== `/x/${encoded}/y`) return 'would be altered by the URL parser';
  return undefined;
}

/** An id from the target, shown safely in a message: quoted, cut, control characters escaped. */
export function showId(id: unknown): string {
  const text = typeof id === 'string' ? id : String(id);
  const shown = JSON.stringify(text.slice(0, 40)).replace(/[\u007f-\u009f]/g, '?');
  return text.length > 40 ? `${shown}…` : shown;
}

/** The refusal a driver returns for an id that cannot be addressed. */
export function refuseId(source: string, id: unknown): { error: string } | undefined {
  const why = idProblem(id);
  return why === undefined
    ? undefined
    : { error: `${source} answered interaction id ${showId(id)}, which ${why}: not addressed` };
}

/** One path segment for an id; throws for an id that `idProblem` refuses (the drivers already did). */
export function segment(id: string): string {
  const why = idProblem(id);
  if (why) throw new Error(`interaction id ${showId(id)} ${why}: no request sent`);
  return encodeURIComponent(id);
}

/** `/api/v2/me/{collection}/{id}{suffix}`: an interaction resource of the agent. */
export function interactionPath(collection: string, id: string, suffix = ''): string {
  return `/api/v2/me/${collection}/${segment(id)}${suffix}`;
}

/** The control API's paths (CONTROL-API.md), relative to its `/conformance/v1` base. */
export const controlPaths = {
  interactions: '/interactions',
  interaction: (id: string) => `/interactions/${segment(id)}`,
  messages: (id: string) => `/interactions/${segment(id)}/messages`,
};
