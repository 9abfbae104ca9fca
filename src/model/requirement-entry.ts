/** One catalogue entry as REQUIREMENTS.md and LIFECYCLE.md write it: id, level, text, source page. */
import type { Level, Part, Requirement } from './requirements';

export const entriesOf =
  (part: Part) =>
  (id: string, level: Level, text: string, file: string, section: string): Requirement => ({
    id,
    level,
    text,
    source: { file, section },
    part,
  });
