/**
 * Secrets are redacted when recorded, not when printed: credentials, tokens and cookie values
 * never reach the trace, so nothing built from it (reports, replay, errors) can leak them. One walk
 * (scrubValue) serves the recorder and the reporters' defence in depth: it masks secret headers by
 * name, replaces every known secret in every encoding, and is iterative and depth-bounded, so a
 * value nested 200,000 levels deep cannot overflow the stack (past MAX_DEPTH it is kept as text).
 */
const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-csrf-token',
]);

export const REDACTED = '[redacted]';

/** Levels of nesting kept as JSON; deeper values become a line of text (no walk can overflow on them). */
export const MAX_DEPTH = 64;

/**
 * Secrets shorter than this are not scrubbed: replacing every "ab" would destroy the report
 * without protecting anything a two-letter password could protect.
 */
const MIN_SECRET = 3;

/** Option names whose values are secret: shown as [redacted] wherever options are shown. */
const SECRET_OPTION = /pass(word)?|token|secret|authorization|cookie|credential/i;

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

/** Options as reports and messages show them: the values of secret ones masked. The one option masker. */
export function maskOptions<T extends Record<string, unknown>>(options: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(options).map(([k, v]) => [k, SECRET_OPTION.test(k) && v ? REDACTED : v]),
  );
}

/** A URL-ish option value with everything before its last '@' masked (the scheme kept), parseable or not. */
export function maskUserinfo(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 0) return value;
  const scheme = /^[a-z][a-z0-9+.-]*:\/*/i.exec(value)?.[0] ?? '';
  return `${scheme.length <= at ? scheme : ''}${REDACTED}${value.slice(at)}`;
}

/** The base64 of `user:password` that a Basic Authorization header carries (a secret of its own). */
export function basicCredential(user: string, password: string): string {
  return Buffer.from(`${user}:${password}`).toString('base64');
}

/** Every spelling in which a secret can stand in a recorded string: as is, URL-encoded, JSON-escaped. */
function encodingsOf(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  let form = secret;
  try {
    form = encodeURIComponent(secret);
  } catch {
    // A lone surrogate: no URL encoding exists, so none can leak.
  }
  return [secret, form, form.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()), json];
}

/** The run's secrets, growing as it learns new ones (cookie values, CSRF tokens), as one matcher. */
export class Secrets {
  private readonly values = new Set<string>();
  private pattern: RegExp | undefined;

  constructor(initial: Iterable<string> = []) {
    this.add(initial);
  }

  add(values: Iterable<string | undefined>): void {
    for (const value of values) {
      if (typeof value !== 'string' || value.length < MIN_SECRET) continue;
      for (const form of encodingsOf(value)) {
        if (form.length < MIN_SECRET || this.values.has(form)) continue;
        this.values.add(form);
        this.pattern = undefined;
      }
    }
  }

  list(): string[] {
    return [...this.values];
  }

  /** The text with every secret, in every encoding, replaced by [redacted]. */
  text(s: string): string {
    if (this.values.size === 0 || s.length < MIN_SECRET) return s;
    this.pattern ??= new RegExp(
      [...this.values]
        .sort((a, b) => b.length - a.length)
        .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    return s.replace(this.pattern, REDACTED);
  }
}

const NONE = new Secrets();

/** Replaces every occurrence of the run's secret strings (passwords, tokens) in a text. */
export function scrub(text: string, secrets: readonly string[] | Secrets): string {
  return (secrets instanceof Secrets ? secrets : new Secrets(secrets)).text(text);
}

export interface ScrubOptions {
  /** Mask the values of properties named like secret headers (default true). */
  headers?: boolean;
  /** Strings longer than this are cut, with a note saying why (`cutWhy`). */
  maxString?: number;
  cutWhy?: string;
  maxDepth?: number;
  /** Filled in: characters of string kept (the recorder's byte budget). */
  stats?: { chars: number };
}

/** A string held apart from whatever larger string it was sliced from (a view keeps its parent alive). */
export function detached(s: string): string {
  return s.length < 64 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

type Slot = Record<string, unknown> | unknown[];

function put(parent: Slot, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(parent, key, { value, enumerable: true, writable: true });
  else (parent as Record<string | number, unknown>)[key] = value;
}

/**
 * Deep copy of a JSON value with secrets scrubbed from every string and key, secret headers masked
 * by name, long strings cut when asked, and anything nested past maxDepth kept as text. Iterative.
 */
export function scrubValue<T>(
  value: T,
  secrets: readonly string[] | Secrets = NONE,
  o: ScrubOptions = {},
): T {
  const list = secrets instanceof Secrets ? secrets : new Secrets(secrets);
  const maxDepth = o.maxDepth ?? MAX_DEPTH;
  const masks = o.headers !== false;
  const leaf = (s: string, name: string | undefined): string => {
    let out = list.text(masks && name !== undefined && isSecretHeader(name) ? maskHeaderValue(name, s) : s);
    if (o.maxString !== undefined && out.length > o.maxString)
      out = `${detached(out.slice(0, o.maxString))}… [${out.length - o.maxString} more characters cut: ${o.cutWhy ?? 'too long'}]`;
    if (o.stats) o.stats.chars += out.length;
    return out;
  };
  const holder: unknown[] = [];
  const todo: [unknown, Slot, string | number, number, string | undefined][] = [
    [value, holder, 0, 0, undefined],
  ];
  while (todo.length > 0) {
    const [v, parent, slot, depth, name] = todo.pop()!;
    if (typeof v === 'string') put(parent, slot, leaf(v, name));
    else if (v === null || typeof v !== 'object') put(parent, slot, v);
    else if (depth >= maxDepth) put(parent, slot, leaf(tooDeep(v, maxDepth), undefined));
    else if (Array.isArray(v)) {
      const out: unknown[] = new Array(v.length);
      put(parent, slot, out);
      for (let i = v.length - 1; i >= 0; i--) todo.push([v[i], out, i, depth + 1, undefined]);
    } else {
      const out: Record<string, unknown> = {};
      put(parent, slot, out);
      const entries = Object.entries(v);
      // Keys first, in order; values are filled in as the walk reaches them.
      for (const [k] of entries) put(out, list.text(k), undefined);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, x] = entries[i]!;
        todo.push([x, out, list.text(k), depth + 1, k]);
      }
    }
  }
  return holder[0] as T;
}

const CLOSE = Symbol('close');
type Token = unknown | { [CLOSE]: string };

/** A too-deep value as the start of its JSON text (iterative: no recursion on the depth). */
function tooDeep(value: object, depth: number, max = 200): string {
  let text = '';
  const todo: Token[] = [value];
  while (todo.length > 0 && text.length < max) {
    const t = todo.pop();
    if (t !== null && typeof t === 'object' && CLOSE in (t as object)) {
      text += (t as { [CLOSE]: string })[CLOSE];
    } else if (Array.isArray(t)) {
      text += '[';
      todo.push({ [CLOSE]: ']' });
      for (let i = t.length - 1; i >= 0; i--) {
        todo.push(t[i]);
        if (i > 0) todo.push({ [CLOSE]: ',' });
      }
    } else if (t !== null && typeof t === 'object') {
      text += '{';
      todo.push({ [CLOSE]: '}' });
      const entries = Object.entries(t);
      for (let i = entries.length - 1; i >= 0; i--) {
        todo.push(entries[i]![1]);
        todo.push({ [CLOSE]: `${JSON.stringify(entries[i]![0])}:` });
        if (i > 0) todo.push({ [CLOSE]: ',' });
      }
    } else text += JSON.stringify(t) ?? 'null';
  }
  const cut = text.length >= max || todo.length > 0;
  return `[nested deeper than ${depth} levels, kept as text] ${text.slice(0, max)}${cut ? '…' : ''}`;
}
