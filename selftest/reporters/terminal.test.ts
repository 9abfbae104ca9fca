import { renderSummary } from '../../reporters/terminal';
import { fixtureReport, lifecycleReport } from './fixture';

const ANSI = '\u001b[';

test('a table of verdicts per channel, then each failing check, then the overall line', () => {
  const text = renderSummary(fixtureReport(), { color: false });
  expect(text).not.toContain(ANSI);
  const lines = text.split('\n');
  expect(lines[0]).toMatch(/^channel\s+pass\s+fail\s+warn\s+info\s+skip\s+error$/);
  expect(lines[1]).toMatch(/^chat\s+2\s+0\s+0\s+1\s+1\s+1$/);
  expect(lines[2]).toMatch(/^sms\s+0\s+2\s+2\s+0\s+0\s+0$/);
  expect(lines[3]).toMatch(/^general\s+0\s+0\s+0\s+1\s+0\s+0$/);
  expect(lines[4]).toMatch(/^total\s+2\s+2\s+2\s+2\s+1\s+1$/);
  expect(text).toContain(
    '✗ FAIL sms/accept/notification-order  ParticipantsUpdated arrived before StatusChange(Chatting)',
  );
  expect(text).toContain(
    '    Requirement: NTF-6 MUST StatusChange(Chatting) comes before ParticipantsUpdated',
  );
  expect(text).toContain('    Expected: StatusChange(Chatting) < ParticipantsUpdated < NewMessages');
  expect(text).toContain('✗ ERROR chat/messages/paging  control API refused: 503');
  expect(text).not.toContain('✗ WARN');
  expect(text).toContain('1 waived: sms/accept/success-body (warn)');
  expect(text).toContain('waiver facebook/* expired on 2020-01-01: old bug (qa)');
  expect(lines.at(-2)).toBe(
    'FAIL (exit code 1): 2 pass, 2 fail, 2 warn, 2 info, 1 skip, 1 error against http://127.0.0.1:8090/',
  );
});

test('under --strict a warn is listed; a waived one is not', () => {
  const report = fixtureReport({ options: { strict: true } });
  const text = renderSummary(report, { color: false });
  expect(text).toContain('✗ WARN sms/accept/response');
  expect(text).not.toContain('✗ WARN sms/accept/success-body');
});

test('colours only when asked, and a hostile message cannot send escapes', () => {
  const report = fixtureReport();
  report.results[2]!.message = 'bad \u001b[2J\u001b[31mclear screen';
  expect(renderSummary(report, { color: true })).toContain(ANSI);
  const plain = renderSummary(report, { color: false });
  expect(plain).not.toContain(ANSI);
  expect(plain).toContain('bad \uFFFD[2J\uFFFD[31mclear screen');
});

test('a fatal run says why', () => {
  const text = renderSummary(
    fixtureReport({ results: [], unusedWaivers: [], exitCode: 2, fatal: 'target unreachable: ECONNREFUSED' }),
    { color: false },
  );
  expect(text).toContain('Could not complete the run: target unreachable: ECONNREFUSED');
  expect(text).toContain('ERROR (exit code 2): no results');
});

test('a run that could not do its job says its reason once, not once per check', () => {
  const fatal = 'target unreachable: connection refused by 127.0.0.1:1 (http://127.0.0.1:1)';
  const report = fixtureReport({ fatal, exitCode: 2 });
  for (const r of report.results) Object.assign(r, { verdict: 'error', message: fatal, waived: undefined });
  const text = renderSummary(report, { color: false });
  expect(text.split(fatal)).toHaveLength(2);
  expect(text).toContain(`Could not complete the run: ${fatal}`);
});

test('a run of both parts adds one line per part above the total', () => {
  const lines = renderSummary(lifecycleReport(), { color: false }).split('\n');
  expect(lines[1]).toMatch(/^chat\s+4\s+0\s+0\s+1\s+1\s+1$/);
  expect(lines[4]).toMatch(/^part 1 \(Accept flow\)\s+2\s+2\s+2\s+2\s+1\s+1$/);
  expect(lines[5]).toMatch(/^part 2 \(lifecycle\)\s+2\s+0\s+0\s+0\s+0\s+0$/);
  expect(lines[6]).toMatch(/^total\s+4\s+2\s+2\s+2\s+1\s+1$/);
});
