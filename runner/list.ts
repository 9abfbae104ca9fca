/**
 * `--list`: every check the suite has (or those --only selects), without contacting a target.
 * `--list --json` prints the same entries as JSON (schemas/report/check-list.schema.json).
 */
import { CHECKS } from '../src/judge/judge';
import { onlyMatcher } from '../src/judge/select';
import { CHANNELS, type Channel } from '../src/model/channels';
import { requirement } from '../src/model/requirements';
import { splitArgs } from './options';
import { SUITE } from './suite-info';

export const CHECK_LIST_FORMAT = 'gws-conformance-checks/1';

export interface ListedCheck {
  id: string;
  requirements: string[];
  level: string;
  channels: Channel[];
  title: string;
  scenarios: string[];
}

export function listChecks(only?: string): ListedCheck[] {
  const matches = onlyMatcher(only);
  return CHECKS.flatMap((c) => {
    const channels = (c.channels ?? [...CHANNELS]).filter((ch) => matches(c, ch));
    if (channels.length === 0) return [];
    const level = c.level ?? requirement(c.requirements[0]).level;
    return [
      { id: c.id, requirements: c.requirements, level, channels, title: c.title, scenarios: c.scenarios },
    ];
  });
}

export function renderList(checks: ListedCheck[], json: boolean): string {
  if (json) return `${JSON.stringify({ format: CHECK_LIST_FORMAT, suite: SUITE, checks }, null, 2)}\n`;
  const idWidth = Math.max(...checks.map((c) => c.id.length), 2);
  const reqWidth = Math.max(...checks.map((c) => c.requirements.join(',').length), 12);
  const lines = checks.map((c) =>
    [
      c.id.padEnd(idWidth),
      c.requirements.join(',').padEnd(reqWidth),
      c.level.padEnd(6),
      c.channels.join(',').padEnd(17),
      c.title,
    ].join('  '),
  );
  const header = [
    'id'.padEnd(idWidth),
    'requirements'.padEnd(reqWidth),
    'level ',
    'channels'.padEnd(17),
    'title',
  ];
  return `${[header.join('  '), ...lines, '', `${checks.length} checks (run as <channel>/<id>)`].join('\n')}\n`;
}

/** `--list` on the command line: its --only, and whether `--json` (a Jest flag otherwise) asks for JSON. */
export function listRequested(
  argv: string[],
  jestOptions: ReadonlySet<string>,
): { only?: string; json: boolean } | undefined {
  const { suite, jest } = splitArgs(argv, jestOptions);
  if (suite.get('list') !== true) return undefined;
  const only = suite.get('only');
  return { only: typeof only === 'string' ? only : undefined, json: jest.includes('--json') };
}
