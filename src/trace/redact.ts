/**
 * Secrets are redacted when recorded, not when printed: credentials, tokens and cookie values
 * never reach the trace, so nothing built from it (reports, replay, errors) can leak them.
 */
const SECRET_HEADERS = new Set([
  'authorization',
  'cookie',
  'set-cookie',
  'x-csrf-token',
  'proxy-authorization',
]);

export const REDACTED = '[redacted]';

/** Header names kept, values of secret ones replaced (cookie names stay visible, values do not). */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (lower === 'cookie' || lower === 'set-cookie') out[lower] = maskCookies(value);
    else if (lower === 'authorization') out[lower] = value.replace(/^(\w+)\s.*$/s, `$1 ${REDACTED}`);
    else if (SECRET_HEADERS.has(lower)) out[lower] = REDACTED;
    else out[lower] = value;
  }
  return out;
}

function maskCookies(value: string): string {
  return value.replace(/(^|[;,]\s*)([^=;,\s]+)=([^;,]*)/g, (_m, sep: string, name: string) =>
    /^(path|domain|expires|max-age|samesite)$/i.test(name) ? _m : `${sep}${name}=${REDACTED}`,
  );
}

/** Replaces every occurrence of the run's secret strings (passwords, tokens) in a text. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 3) out = out.split(s).join(REDACTED);
  return out;
}

/** Deep copy of a JSON value with secret strings scrubbed from every string inside it. */
export function scrubJson<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') return scrub(value, secrets) as T;
  if (Array.isArray(value)) return value.map((v) => scrubJson(v, secrets)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [scrub(k, secrets), scrubJson(v, secrets)]),
    ) as T;
  }
  return value;
}
