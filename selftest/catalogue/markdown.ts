/**
 * Reading the vendored spec/REQUIREMENTS.md and spec/LIFECYCLE.md: their sections, tables and
 * requirement lines. Only the plain markdown the spec uses (no pipes inside cells).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SPEC_DIR = join(__dirname, '..', '..', 'spec');

export function readSpec(file = 'REQUIREMENTS.md'): string {
  return readFileSync(join(SPEC_DIR, file), 'utf8');
}

/** The text under `## <heading…>` up to the next `## ` heading. */
export function section(markdown: string, headingStart: string): string {
  const parts = markdown.split(/^## /m);
  const found = parts.find((p) => p.startsWith(headingStart));
  if (found === undefined) throw new Error(`no section "## ${headingStart}"`);
  return found;
}

/** The rows of the first table in `text`, as trimmed cells, without the header and separator. */
export function tableRows(text: string): string[][] {
  const lines = text.split('\n').filter((l) => l.startsWith('|'));
  return lines.slice(2).map((l) =>
    l
      .slice(1, l.endsWith('|') ? -1 : undefined)
      .split('|')
      .map((c) => c.trim()),
  );
}

/** The contents of the `code spans` of a cell, in order. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]*)`/g)].map((m) => m[1]);
}

export interface SpecRequirement {
  id: string;
  level: string;
  /** The group of the `## … (XXX)` section it is listed under. */
  section: string;
}

/** Every `- **ID LEVEL…**` line, with the group of its section. */
export function specRequirements(markdown: string): SpecRequirement[] {
  const found: SpecRequirement[] = [];
  let group = '';
  for (const line of markdown.split('\n')) {
    const heading = /^## .*\(([A-Z]{2,3})\)\s*$/.exec(line);
    if (heading) group = heading[1];
    else if (line.startsWith('## ')) group = '';
    const item = /^- \*\*([A-Z]{2,3}-\d+) (MUST|SHOULD|INFO)\b/.exec(line);
    if (item) found.push({ id: item[1], level: item[2], section: group });
  }
  return found;
}
