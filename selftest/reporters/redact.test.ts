import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORT_FILES, ReportWriteError, writeReports } from '../../reporters';
import { scrubText } from '../../reporters/redact';
import { renderSummary } from '../../reporters/terminal';
import { BASIC, COOKIE_VALUE, fixtureReport, HOSTILE, SECRET } from './fixture';

describe('no secret reaches a report file', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'reports-')), 'nested', 'reports');
  let written: string[] = [];
  let texts: [string, string][] = [];

  beforeAll(async () => {
    // The planted secret sits in a response body, a header, the options and the target's userinfo.
    written = await writeReports(fixtureReport(), dir, { secrets: [SECRET] });
    texts = written.map((p) => [p, readFileSync(p, 'utf8')]);
  });

  test('all four files are written, the directory created', () => {
    expect(written.map((p) => p.slice(dir.length + 1)).sort()).toEqual(Object.values(REPORT_FILES).sort());
  });

  test.each([
    ['the password', SECRET],
    ['Basic credentials', BASIC],
    ['a cookie value', COOKIE_VALUE],
    ['the password, URL-encoded', encodeURIComponent(SECRET)],
  ])('%s appears in no file', (_what, value) => {
    for (const [path, text] of texts) expect([path, text.includes(value)]).toEqual([path, false]);
  });

  test('what was masked stays readable as masked', () => {
    const trace = JSON.parse(readFileSync(join(dir, REPORT_FILES.trace), 'utf8'));
    const offer = trace.channels.sms.events[1];
    expect(offer.request.headers).toEqual({
      authorization: 'Basic [redacted]',
      cookie: 'JSESSIONID=[redacted]',
      'x-debug': '[redacted]',
    });
    expect(offer.response.headers['set-cookie']).toBe('JSESSIONID=[redacted]; Path=/');
    expect(offer.response.json.note).toContain(`${HOSTILE} [redacted]`);
    expect(trace.target).toBe('http://127.0.0.1:8090/');
  });

  test('the terminal summary scrubs the secrets it is given and never shows userinfo', () => {
    const report = fixtureReport();
    report.results[2]!.message = `leaked ${SECRET}`;
    const text = renderSummary(report, { color: false, secrets: [SECRET] });
    expect(text).not.toContain(SECRET);
    expect(text).toContain('leaked [redacted]');
  });

  test('one file that cannot be written does not stop the others', async () => {
    const other = mkdtempSync(join(tmpdir(), 'reports-'));
    mkdirSync(join(other, REPORT_FILES.junit)); // a directory where junit.xml should go
    const failure = await writeReports(fixtureReport(), other, { secrets: [] }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(ReportWriteError);
    expect((failure as Error).message).toMatch(/^could not write junit\.xml \(EISDIR/);
    expect([...(failure as ReportWriteError).written].sort()).toEqual(
      [REPORT_FILES.json, REPORT_FILES.html, REPORT_FILES.trace, REPORT_FILES.summary]
        .map((f) => join(other, f))
        .sort(),
    );
  });
});

describe('scrubText', () => {
  test('catches every encoding a writer could give a secret', () => {
    const secret = 'p<a"ss&wo\\rd';
    const html = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const json = JSON.stringify(secret).slice(1, -1);
    for (const form of [secret, html, json, json.replace(/</g, '\\u003c'), encodeURIComponent(secret)]) {
      expect(scrubText(`x ${form} y`, [secret])).toBe('x [redacted] y');
    }
  });

  test('masks Basic credentials and long Bearer tokens even when not given', () => {
    expect(scrubText(`Authorization: Basic ${BASIC}`, [])).toBe('Authorization: Basic [redacted]');
    expect(scrubText('Bearer abcdefghijklmnopqrstuvwxyz012345', [])).toBe('Bearer [redacted]');
    expect(scrubText('Basic authentication is used', [])).toBe('Basic authentication is used');
  });

  test('leaves the writer’s own static text alone', () => {
    expect(scrubText('style: state; data state', ['state'], ['style: state;'])).toBe(
      'style: state; data [redacted]',
    );
  });

  test('ignores secrets too short to scrub without destroying the report', () => {
    expect(scrubText('a b', ['a', ''])).toBe('a b');
  });
});
