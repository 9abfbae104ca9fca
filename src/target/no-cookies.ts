/**
 * A jar that never keeps a cookie: the client "without credentials" sends no Authorization and no
 * cookie at all, not even one a load balancer set on an earlier answer (REQUIREMENTS.md, General).
 */
import { CookieJar } from './cookies';

export class NoCookieJar extends CookieJar {
  /** Keeps nothing, but still returns the values: they are secrets the recorder must scrub. */
  override store(setCookies: readonly string[]): string[] {
    return new CookieJar().store(setCookies);
  }
}

/** A jar holding a copy of `from`'s cookies, so a second client does not change the agent's jar. */
export function copyOfJar(from: CookieJar): CookieJar {
  const jar = new CookieJar();
  const header = from.header();
  if (header) jar.store(header.split('; '));
  return jar;
}
