/** Finding secrets in what a run left behind: every file under a directory, dot files included. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, recursively, hidden ones included. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesUnder(path) : e.isFile() ? [path] : [];
  });
}

export interface Leak {
  where: string;
  secret: string;
  context: string;
}

/** Each secret found in each text, with a little context; secrets shorter than 6 characters are refused. */
export function findLeaks(texts: Record<string, string>, secrets: Record<string, string>): Leak[] {
  const leaks: Leak[] = [];
  for (const [name, value] of Object.entries(secrets)) {
    if (value.length < 6) throw new Error(`secret ${name} is too short to search for reliably`);
    for (const [where, text] of Object.entries(texts)) {
      const at = text.indexOf(value);
      if (at >= 0) leaks.push({ where, secret: name, context: text.slice(Math.max(0, at - 60), at + 60) });
    }
  }
  return leaks;
}

/** `NAME=value` cookie pairs whose value is not the redaction marker. */
export function unredactedCookies(text: string, cookie: string): string[] {
  const pattern = new RegExp(`${cookie}=(?!\\[redacted\\])[^;,"\\s]*`, 'g');
  return text.match(pattern) ?? [];
}
