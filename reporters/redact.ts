/**
 * Defence in depth. The trace is redacted when recorded; the reporters still (1) mask secret
 * headers and scrub the run's secret strings from every string of the report before drawing it,
 * and (2) scrub the finished text of every file, in every encoding a writer could have given the
 * secret (JSON, HTML/XML, the \u003c form of embedded JSON, URL encoding).
 */
import { isSecretHeader, maskHeaderValue, REDACTED, scrub } from '../src/model/redact';
import { type RunReport, stripCredentials } from '../src/model/report';

export { REDACTED };

/**
 * Secrets shorter than this are not scrubbed: replacing every "ab" would destroy the report
 * without protecting anything a two-letter password could protect.
 */
const MIN_SECRET = 3;

const SECRET_OPTION = /pass(word)?|token|secret|authorization|cookie|credential/i;

function usable(secrets: readonly string[]): string[] {
  return [...new Set(secrets.filter((s) => typeof s === 'string' && s.length >= MIN_SECRET))].sort(
    (a, b) => b.length - a.length,
  );
}

/** Deep copy with secret strings replaced, secret headers and options masked. */
function scrubValue(value: unknown, secrets: readonly string[], key = ''): unknown {
  if (typeof value === 'string') {
    return isSecretHeader(key) ? maskHeaderValue(key, value) : scrub(value, secrets);
  }
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, secrets));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[scrub(k, secrets)] = scrubValue(v, secrets, k);
    return out;
  }
  return value;
}

/** A copy of the report that is safe to draw: scrubbed strings, masked headers, no credentials in URLs. */
export function sanitizeReport(report: RunReport, secrets: readonly string[]): RunReport {
  const list = usable(secrets);
  const safe = scrubValue(report, list) as RunReport;
  safe.target = stripCredentials(safe.target);
  safe.trace = { ...safe.trace, target: stripCredentials(safe.trace.target) };
  safe.options = Object.fromEntries(
    Object.entries(safe.options).map(([k, v]) => [k, SECRET_OPTION.test(k) && v ? REDACTED : v]),
  );
  return safe;
}

const htmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every spelling a writer could have given a secret. */
function encodings(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  return [
    secret,
    json,
    json.replace(/</g, '\\u003c'),
    htmlEscape(secret),
    htmlEscape(secret).replace(/'/g, '&#39;'),
    htmlEscape(secret).replace(/'/g, '&apos;'),
    htmlEscape(json),
    encodeURIComponent(secret),
  ];
}

/**
 * The last pass over a file's text. Besides the given secrets it masks Basic credentials
 * (base64 of `user:password`) and long Bearer tokens wherever they still stand. `keep` lists the
 * writer's own static text (the page's script and styles), left untouched so that a secret which
 * happens to be a word in it cannot break the page.
 */
export function scrubText(text: string, secrets: readonly string[], keep: readonly string[] = []): string {
  const [chunk, ...rest] = keep;
  if (chunk !== undefined && chunk !== '' && text.includes(chunk)) {
    return text
      .split(chunk)
      .map((piece) => scrubText(piece, secrets, rest))
      .join(chunk);
  }
  if (chunk !== undefined) return scrubText(text, secrets, rest);
  const variants = usable(usable(secrets).flatMap(encodings));
  let out = scrub(text, variants);
  out = out.replace(/\b(Basic\s+)([A-Za-z0-9+/]{4,}={0,2})/g, (m, head: string, b64: string) =>
    isBasicCredential(b64) ? `${head}${REDACTED}` : m,
  );
  return out.replace(/\b(Bearer\s+)[A-Za-z0-9._~+/-]{16,}=*/g, `$1${REDACTED}`);
}

function isBasicCredential(b64: string): boolean {
  const decoded = Buffer.from(b64, 'base64').toString('utf8');
  return decoded.includes(':') && /^[\x20-\x7e\u00a0-\uffff]+$/.test(decoded);
}
