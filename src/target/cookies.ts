/** A cookie jar per agent (one target host): name -> value, fed by Set-Cookie, sent as Cookie. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Keeps the cookies set and returns their values: secrets, which the caller hands to the recorder. */
  store(setCookies: readonly string[]): string[] {
    const values: string[] = [];
    for (const line of setCookies) {
      const pair = line.split(';', 1)[0];
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const value = pair.slice(eq + 1).trim();
      this.cookies.set(pair.slice(0, eq).trim(), value);
      values.push(value);
    }
    return values;
  }

  /** The Cookie header value, or undefined when the jar is empty. */
  header(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}
