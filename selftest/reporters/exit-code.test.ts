import { exitCodeFor } from '../../src/judge/exit-code';
import { overallWord, stripCredentials } from '../../src/model/report';
import type { CheckResult, Verdict } from '../../src/model/verdict';

const r = (verdict: Verdict, waived = false): CheckResult => ({
  id: `chat/x/${verdict}`,
  check: `x/${verdict}`,
  scenarios: [],
  requirements: ['ACC-1'],
  channel: 'chat',
  level: 'MUST',
  title: 't',
  message: 'm',
  durationMs: 1,
  verdict,
  ...(waived ? { waived: { reason: 'r', owner: 'o', expires: '2099-01-01' } } : {}),
});

type Row = [string, CheckResult[], { strict?: boolean; unused?: number; fatal?: string }, 0 | 1 | 2];

const table: Row[] = [
  ['all pass', [r('pass'), r('pass')], {}, 0],
  ['pass, info, skip', [r('pass'), r('info'), r('skip')], {}, 0],
  ['a warn without strict', [r('pass'), r('warn')], {}, 0],
  ['a warn under strict', [r('pass'), r('warn')], { strict: true }, 1],
  ['a fail', [r('pass'), r('fail')], {}, 1],
  ['a waived fail', [r('pass'), r('fail', true)], {}, 0],
  ['a waived warn under strict', [r('pass'), r('warn', true)], { strict: true }, 0],
  ['an error next to tested results', [r('pass'), r('error')], {}, 1],
  ['a waived error', [r('pass'), r('error', true)], {}, 0],
  ['an unused waiver without strict', [r('pass')], { unused: 1 }, 0],
  ['an unused waiver under strict', [r('pass')], { strict: true, unused: 1 }, 1],
  ['no results', [], {}, 2],
  ['every result skip', [r('skip'), r('skip')], {}, 2],
  ['only errors and skips: nothing tested', [r('error'), r('skip')], {}, 2],
  ['fatal, whatever the results', [r('pass')], { fatal: 'target unreachable' }, 2],
  ['fatal beats a fail', [r('fail')], { fatal: 'bad options' }, 2],
];

test.each(table)('%s -> exit %s', (_name, results, o, code) => {
  const unusedWaivers = Array.from({ length: o.unused ?? 0 }, () => ({}));
  expect(exitCodeFor(results, { strict: o.strict ?? false, unusedWaivers, fatal: o.fatal })).toBe(code);
});

test('the overall word follows the exit code', () => {
  expect([0, 1, 2].map((c) => overallWord(c as 0 | 1 | 2))).toEqual(['PASS', 'FAIL', 'ERROR']);
});

test('stripCredentials removes user:password@ from URLs only', () => {
  expect(stripCredentials('http://agent1:pw@host:8090/gws')).toBe('http://host:8090/gws');
  expect(stripCredentials('https://token@host/')).toBe('https://host/');
  expect(stripCredentials('http://host:8090')).toBe('http://host:8090');
  expect(stripCredentials('replay:reports/trace.json')).toBe('replay:reports/trace.json');
});
