/**
 * Secrets are redacted when recorded, not when printed: credentials, tokens and cookie values
 * never reach the trace, so nothing built from it (reports, replay, errors) can leak them.
 */
const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-csrf-token',
]);

export const REDACTED = '[redacted]';

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase());
}

/** A secret header's value masked: the auth scheme and cookie names stay readable, values do not. */
export function maskHeaderValue(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'cookie' || lower === 'set-cookie') {
    return value.replace(/(^|[;,]\s*)([^=;,\s]+)=([^;,]*)/g, (m, sep: string, cookie: string) =>
      /^(path|domain|expires|max-age|samesite)$/i.test(cookie) ? m : `${sep}${cookie}=${REDACTED}`,
    );
  }
  if (lower === 'authorization' || lower === 'proxy-authorization') {
    const scheme = /^(\w+)\s+\S/.exec(value);
    return scheme ? `${scheme[1]} ${REDACTED}` : REDACTED;
  }
  if (!SECRET_HEADERS.has(lower) || value === '') return value;
  return REDACTED;
}

/** Header names lower-cased and kept; values of secret ones masked. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = maskHeaderValue(name, value);
  return out;
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
