import { renderJunit, xmlSafe } from '../../reporters/junit';
import { fixtureReport, fixtureResults } from './fixture';

const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;

/** The <testcase> element whose name starts with `id`. */
function testcase(xml: string, id: string): string {
  const named = xml.indexOf(`name="${id}:`);
  expect(named).toBeGreaterThan(0);
  const start = xml.lastIndexOf('<testcase', named);
  return xml.slice(start, xml.indexOf('</testcase>', start) + '</testcase>'.length);
}

describe('junit.xml', () => {
  const xml = renderJunit(fixtureReport());

  test('one test suite per channel, one for channel-less checks and one for the run', () => {
    const suites = [...xml.matchAll(/<testsuite name="([^"]+)"/g)].map((m) => m[1]);
    expect(suites).toEqual(['chat', 'sms', 'general', 'run']);
  });

  test('one test case per result, plus the overall result and each unused waiver', () => {
    expect(count(xml, /<testcase /g)).toBe(fixtureResults().length + 2);
    expect(xml).toMatch(/<testsuites [^>]*tests="12" failures="2" errors="1" skipped="1"/);
  });

  test('fail and error carry Requirement / Expected / Actual', () => {
    const failed = testcase(xml, 'sms/accept/notification-order');
    expect(failed).toContain(
      '<failure message="NTF-6: ParticipantsUpdated arrived before StatusChange(Chatting)" type="fail">',
    );
    expect(failed).toContain(
      'Requirement: NTF-6 MUST StatusChange(Chatting) comes before ParticipantsUpdated',
    );
    expect(failed).toContain('Expected: StatusChange(Chatting) < ParticipantsUpdated < NewMessages');
    expect(failed).toContain('Actual: ParticipantsUpdated (#5, +8 ms)');
    const errored = testcase(xml, 'chat/messages/paging');
    expect(errored).toContain('<error message="MSG-5: control API refused: 503" type="error">');
    expect(errored).toContain('Requirement: MSG-5 SHOULD');
  });

  test('a documentation variant is explained in the body', () => {
    expect(testcase(xml, 'sms/accept/chatting-notification')).toContain(
      'Documentation variant: the SMS Accept page shows messageType "test_accept "',
    );
  });

  test('warn and info pass with their message in system-out; skip is skipped', () => {
    const warned = testcase(xml, 'sms/accept/response');
    expect(warned).not.toMatch(/<failure|<error|<skipped/);
    expect(warned).toMatch(/<system-out><!\[CDATA\[WARN: Accept only answered/);
    expect(testcase(xml, 'chat/offer/state')).toMatch(/<system-out><!\[CDATA\[INFO: offered state: Invited/);
    expect(testcase(xml, 'chat/session/isolation')).toContain('<skipped/>');
  });

  test('a waived result passes with WAIVED: reason (owner, until date)', () => {
    const waived = testcase(xml, 'sms/accept/success-body');
    expect(waived).not.toMatch(/<failure|<error|<skipped/);
    expect(waived).toContain(
      'WAIVED: GWS 8.5 sends referenceId; ticket VEN-42 (vendor-team, until 2099-12-31)',
    );
  });

  test('a fatal run shows as an error even without results', () => {
    const fatal = renderJunit(
      fixtureReport({
        results: [],
        unusedWaivers: [],
        exitCode: 2,
        fatal: 'target unreachable: ECONNREFUSED',
      }),
    );
    expect(fatal).toContain('<error message="target unreachable: ECONNREFUSED" type="fatal"/>');
    expect(fatal).toMatch(/<testsuites [^>]*tests="1" failures="0" errors="1"/);
  });

  test('hostile text cannot break the XML', () => {
    const results = fixtureResults();
    results[0] = { ...results[0]!, verdict: 'fail', message: 'a]]>b]]>c\u0000\u001b[31m', actual: ']]><x/>' };
    const out = renderJunit(fixtureReport({ results }));
    expect(out).not.toMatch(/(?![\t\n\r\u007f-\u009f])\p{Cc}/u);
    // Every CDATA section closes exactly once: no stray `]]>` escapes its section.
    const sections = out.match(/<!\[CDATA\[[\s\S]*?\]\]>/g) ?? [];
    expect(count(out, /<!\[CDATA\[/g)).toBe(sections.length);
    expect(count(out, /\]\]>/g)).toBe(sections.length);
    expect(xmlSafe('x]]>y')).toBe('x]] >y');
  });
});
