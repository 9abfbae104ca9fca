/**
 * Defence in depth. The trace is redacted when recorded; the reporters still (1) run the same walk
 * (src/model/redact.ts scrubValue: secret headers masked, the run's secrets scrubbed) over the
 * report before drawing it, and (2) scrub the finished text of every file, in every encoding a
 * writer could have given the secret (JSON, HTML/XML, the \u003c form of embedded JSON, URL encoding).
 */
import { maskOptions, REDACTED, Secrets, scrubValue } from '../src/model/redact';
import { type RunReport, stripCredentials } from '../src/model/report';

export { REDACTED };

/** A copy of the report that is safe to draw: scrubbed strings, masked headers, no credentials in URLs. */
export function sanitizeReport(report: RunReport, secrets: readonly string[]): RunReport {
  const safe = scrubValue(report, secrets);
  safe.target = stripCredentials(safe.target);
  safe.trace = { ...safe.trace, target: stripCredentials(safe.trace.target) };
  safe.options = maskOptions(safe.options);
  return safe;
}

const htmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The spellings a writer adds on top of those the recorder knows (Secrets: raw, URL, JSON). */
function writerForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  return [
    secret,
    json.replace(/</g, '\\u003c'),
    htmlEscape(secret),
    htmlEscape(secret).replace(/'/g, '&#39;'),
    htmlEscape(secret).replace(/'/g, '&apos;'),
    htmlEscape(json),
  ];
}

/** One matcher per secret list: a report writes several files with the same secrets. */
let cached: { key: readonly string[]; secrets: Secrets } | undefined;
function matcher(secrets: readonly string[]): Secrets {
  if (cached?.key !== secrets) cached = { key: secrets, secrets: new Secrets(secrets.flatMap(writerForms)) };
  return cached.secrets;
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
  let out = matcher(secrets).text(text);
  out = out.replace(/\b(Basic\s+)([A-Za-z0-9+/]{4,}={0,2})/g, (m, head: string, b64: string) =>
    isBasicCredential(b64) ? `${head}${REDACTED}` : m,
  );
  return out.replace(/\b(Bearer\s+)[A-Za-z0-9._~+/-]{16,}=*/g, `$1${REDACTED}`);
}

function isBasicCredential(b64: string): boolean {
  const decoded = Buffer.from(b64, 'base64').toString('utf8');
  return decoded.includes(':') && /^[\x20-\x7e\u00a0-\uffff]+$/.test(decoded);
}
