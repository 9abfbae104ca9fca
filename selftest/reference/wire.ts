/** Shared by the test helpers: loose wire JSON, credentials, cookie jars, bounded waiting. */

/** Wire JSON, read loosely: the tests assert its shape with expect(). */
// biome-ignore lint/suspicious/noExplicitAny: one alias for JSON read in tests, instead of casts everywhere
export type Wire = any;

export interface Credentials {
  user: string;
  password: string;
}

export const basic = (c: Credentials): string =>
  `Basic ${Buffer.from(`${c.user}:${c.password}`).toString('base64')}`;

/** Polls `probe` until it returns something other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => T | undefined,
  timeoutMs: number,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type Jar = Map<string, string>;

export function storeCookies(jar: Jar, response: Response): void {
  for (const c of response.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const at = pair!.indexOf('=');
    if (at > 0) jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
  }
}

export const cookieHeader = (jar: Jar): string => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
