/**
 * junit.xml for CI dashboards: one test suite per channel (plus `general` for channel-less checks
 * and `run` for what concerns the run itself), one test case per result. JUnit knows only
 * pass/fail/error/skip, so warn, info and waived results pass with their account in system-out.
 */
import builder from 'junit-report-builder';
import { CHANNELS } from '../src/model/channels';
import { explain, waiverLine } from '../src/model/explain';
import { overallWord, type RunReport } from '../src/model/report';
import type { CheckResult } from '../src/model/verdict';

type Suite = ReturnType<ReturnType<typeof builder.newBuilder>['testSuite']>;

/** XML 1.0 cannot carry control characters, and the library escapes only the first `]]>` of a CDATA. */
export function xmlSafe(text: string): string {
  return text
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/]]>/g, ']] >');
}

export function renderJunit(report: RunReport): string {
  const junit = builder.newBuilder().name(xmlSafe(`${report.suite.name} ${report.suite.version}`));
  const groups = [...CHANNELS, null].map((channel) => ({
    name: channel ?? 'general',
    results: report.results.filter((r) => r.channel === channel),
  }));
  for (const group of groups) {
    if (group.results.length === 0) continue;
    const suite = junit
      .testSuite()
      .name(xmlSafe(group.name))
      .timestamp(report.startedAt)
      .property('target', xmlSafe(report.target));
    for (const result of group.results) addCase(suite, group.name, result);
  }
  addRunCases(junit.testSuite().name('run').timestamp(report.startedAt), report);
  return junit.build();
}

function addCase(suite: Suite, group: string, r: CheckResult): void {
  const tc = suite
    .testCase()
    .className(xmlSafe(`gws-conformance.${group}`))
    .name(xmlSafe(`${r.id}: ${r.title}`))
    .time(r.durationMs / 1000)
    .property('verdict', r.verdict)
    .property('requirements', xmlSafe(r.requirements.join(' ')))
    .property('level', r.level);
  if (r.baseline) {
    tc.property('baseline', r.baseline.change);
    if (r.baseline.was) tc.property('baseline-verdict', r.baseline.was);
  }
  const account = xmlSafe(explain(r).join('\n'));
  const headline = xmlSafe(`${r.requirements.join(', ')}: ${r.message}`);
  if (r.waived) {
    tc.standardOutput(
      xmlSafe(`${waiverLine(r.waived)}\n${r.verdict.toUpperCase()}: ${r.message}\n${account}`),
    );
  } else if (r.verdict === 'fail') {
    tc.failure(headline, 'fail').stacktrace(account);
  } else if (r.verdict === 'error') {
    tc.error(headline, 'error', account);
  } else if (r.verdict === 'skip') {
    tc.skipped().standardOutput(xmlSafe(`SKIP: ${r.message}`));
  } else {
    tc.standardOutput(xmlSafe(`${r.verdict.toUpperCase()}: ${r.message}\n${account}`));
  }
}

/** Outcome of the run as a whole, so a fatal run with no results still shows red in CI. */
function addRunCases(suite: Suite, report: RunReport): void {
  const outcome = suite
    .testCase()
    .className('gws-conformance.run')
    .name('run: overall result')
    .time(report.durationMs / 1000)
    .standardOutput(`${overallWord(report.exitCode)} (exit code ${report.exitCode})`);
  if (report.exitCode === 2) {
    outcome.error(xmlSafe(report.fatal ?? 'nothing was tested'), 'fatal');
  }
  for (const w of report.unusedWaivers) {
    const tc = suite
      .testCase()
      .className('gws-conformance.run')
      .name(xmlSafe(`waiver ${w.id}${w.channel ? ` (${w.channel})` : ''}: ${w.problem}`))
      .standardOutput(xmlSafe(`${w.reason} (${w.owner}, until ${w.expires})`));
    // Under --strict an unused or expired waiver fails the run (exitCodeFor).
    if (report.options.strict === true) tc.failure(`waiver ${w.problem}`, 'waiver');
  }
}
