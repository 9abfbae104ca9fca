import { renderHtml } from '../../reporters/html';
import { pageData, timelineSeqs } from '../../reporters/html/data';
import { embedJson, esc } from '../../reporters/html/escape';
import { BEFORE_OPERATIONS, operationSections } from '../../reporters/html/operations';
import { sanitizeReport } from '../../reporters/redact';
import { bigReport, fixtureReport, HOSTILE, lifecycleReport, SECRET } from './fixture';

const html = renderHtml(sanitizeReport(fixtureReport(), [SECRET]));

describe('escaping', () => {
  test('esc and embedJson neutralise markup', () => {
    expect(esc(HOSTILE)).not.toMatch(/[<>"']/);
    const embedded = embedJson({ body: HOSTILE, line: 'a\u2028b' });
    expect(embedded).not.toContain('<');
    expect(JSON.parse(embedded)).toEqual({ body: HOSTILE, line: 'a\u2028b' });
  });

  test('a hostile body cannot inject: only our two script elements, no img, no handler', () => {
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<!--/);
    // The hostile text is there, as text.
    expect(html).toContain(
      '&lt;/script&gt;&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;',
    );
    expect(html).toContain('\\u003c/script>\\u003cimg src=x onerror=');
  });

  test('the page names no network resource, and its policy forbids any', () => {
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*script-src 'sha256-/,
    );
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    const styles = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(styles).not.toMatch(/@import|url\(/i);
  });
});

describe('content', () => {
  test('the header shows target, time, version, counts and the overall result', () => {
    expect(html).toContain('<dd id="target">http://127.0.0.1:8090/</dd>');
    expect(html).toContain('2026-11-22 10:00:00 UTC');
    expect(html).toContain('gws-conformance 0.1.0');
    expect(html).toContain('data-count="fail">2 fail</span>');
    expect(html).toContain(
      '<div class="overall FAIL" id="overall"><b>FAIL</b><span>exit code 1</span></div>',
    );
  });

  test('a fatal reason is shown', () => {
    const fatal = renderHtml(
      fixtureReport({
        results: [],
        unusedWaivers: [],
        exitCode: 2,
        fatal: 'target unreachable: ECONNREFUSED',
      }),
    );
    expect(fatal).toContain('<b>The run could not do its job:</b> target unreachable: ECONNREFUSED');
    expect(fatal).toContain('<b>ERROR</b><span>exit code 2</span>');
  });

  test('the matrix cell of a requirement takes the worst verdict of its results on that channel', () => {
    const row = html.slice(html.indexOf('<tr data-group="NTF" data-req="NTF-6">'));
    const cells = row.slice(0, row.indexOf('</tr>'));
    expect(cells).toMatch(/data-channel="chat"><a class="cell c-pass"/);
    expect(cells).toMatch(
      /data-channel="sms"><a class="cell c-fail" href="#check=sms\/accept\/notification-order"/,
    );
    expect(cells).toMatch(/data-channel="facebook"><span class="cell c-none"/);
    expect(html).toMatch(/data-req="ACC-2">.*<a class="cell c-warn waived"/);
  });

  test('a result detail shows requirement, source, expected, actual, variant and waiver', () => {
    expect(html).toContain('Source: Chat API: Accept (001_bfa8c9a2e16e1f14.txt), § Notification');
    expect(html).toContain(
      '<dt>Expected</dt><dd class="expected"><pre>StatusChange(Chatting) &lt; ParticipantsUpdated',
    );
    expect(html).toContain(
      'the SMS Accept page shows messageType &quot;test_accept &quot;, a leftover test string',
    );
    expect(html).toContain('reconciled form <code>SMSsessionStateChangeMessage</code>');
    expect(html).toContain(
      'GWS 8.5 sends referenceId; ticket VEN-42 <span class="muted">— vendor-team, until 2099-12-31',
    );
  });

  test('the Accept sequence shows the out-of-order sms flow beside the expected order', () => {
    const card = html.slice(html.indexOf('<div class="card seq" data-channel="sms">'));
    const sms = card.slice(card.indexOf('<table class="observed">'));
    expect(sms).toContain('<span class="v v-fail">out of order</span>');
    expect(sms.indexOf('ParticipantsUpdated (Chatting)')).toBeLessThan(
      sms.indexOf('StatusChange (Chatting)'),
    );
    expect(html).toContain('<span class="v v-pass">in order</span>');
  });
});

describe('timelines', () => {
  test('a check shows its scenarios, the notifications about its interaction and its evidence', () => {
    const trace = fixtureReport().trace.channels.sms!;
    // login-A's handshake is not accept-flow's; everything else in the fixture is.
    expect(timelineSeqs(trace, new Set(['accept-flow']), new Set())).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(timelineSeqs(trace, new Set(), new Set([1]))).toEqual([1]);
  });

  test("another interaction's notifications, of this channel or another, stay out", () => {
    const trace = fixtureReport().trace.channels.chat!;
    const about = (seq: number, data: Record<string, unknown>) =>
      trace.events.push({
        kind: 'bayeux',
        seq,
        t: 100,
        actor: 'A',
        direction: 'in',
        message: { channel: '/v2/me/x', data },
      });
    about(20, {
      messageType: 'ChatStateChangeMessage',
      notificationType: 'StatusChange',
      chat: { id: 'chat-0002', state: 'Invited' },
    });
    about(21, {
      messageType: 'SMSsessionStateChangeMessage',
      notificationType: 'StatusChange',
      smssession: { id: 'sms-9', state: 'Invited' },
    });
    about(22, {
      messageType: 'PropertiesUpdated',
      notificationType: 'PropertiesUpdated',
      other: { ref: 'chat-0001' },
    });
    expect(timelineSeqs(trace, new Set(['accept-flow']), new Set())).toEqual([2, 3, 22, 4, 5, 6, 7, 8]);
  });

  test('10,000 events render fast and are not drawn into the markup', () => {
    const started = performance.now();
    const page = renderHtml(bigReport(10_000));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(page.match(/class="ev/g)).toBeNull();
  });
});

test('the failures are listed first, each linking to its detail', () => {
  const box = html.slice(html.indexOf('id="attention"'), html.indexOf('id="matrix-title"'));
  expect(box).toContain('<b>3 checks need attention</b>');
  expect(box.match(/data-check="/g)).toHaveLength(3);
  expect(box).not.toContain('sms/accept/success-body'); // waived
});

describe('the two parts of the catalogue', () => {
  const both = renderHtml(lifecycleReport());

  test('each part has a fold button, open by default, above its own groups', () => {
    expect(both).toContain(
      '<button type="button" class="fold" data-fold="1" aria-expanded="true">Part 1 · the Accept flow</button> <span class="muted">SES–MSG</span>',
    );
    expect(both).toContain(
      '<button type="button" class="fold" data-fold="2" aria-expanded="true">Part 2 · the interaction&#39;s life after the offer</button> <span class="muted">LIF–UD</span>',
    );
    expect(both.indexOf('data-fold="2"')).toBeGreaterThan(
      both.indexOf('<tbody data-group="MSG" data-part="1">'),
    );
    expect(both.indexOf('data-fold="2"')).toBeLessThan(
      both.indexOf('<tbody data-group="LIF" data-part="2">'),
    );
    expect(both).toContain('<tbody data-group="UD" data-part="2">');
    expect(both).not.toMatch(/<tbody[^>]*hidden/); // nothing folded until the page's script reads the fragment
  });

  test("a part's heading counts its own checks on each column", () => {
    const head = both.slice(both.indexOf('<tbody class="part" data-part="2">'));
    const row = head.slice(0, head.indexOf('</tr>'));
    expect(row).toContain('<td class="ch colsum" data-channel="chat">2 checks</td>');
    expect(row).toContain('<td class="ch colsum" data-channel="sms">not run</td>');
    const one = both.slice(both.indexOf('<tbody class="part" data-part="1">'));
    expect(one.slice(0, one.indexOf('</tr>'))).toContain(
      '<td class="ch colsum" data-channel="sms">4 checks · <span class="v-fail-text">2 fail</span> · <span class="v-warn-text">1 warn</span></td>',
    );
  });
});

describe('a lifecycle timeline, grouped by operation', () => {
  const report = lifecycleReport();
  const trace = report.trace.channels.chat!;

  test('each operation opens a section with what followed it about its interaction', () => {
    const seqs = timelineSeqs(trace, new Set(['lifecycle-complete']), new Set());
    expect(seqs).toEqual([30, 31, 32, 33, 34, 35, 36]);
    expect(operationSections(trace, seqs)).toEqual({
      seqs: [30, 31, 32, 33, 34, 35, 36],
      sections: [
        { from: 0, label: BEFORE_OPERATIONS, lead: true },
        { from: 2, label: 'Accept' },
        { from: 4, label: 'Complete' },
        { from: 6, label: 'Complete (late:Complete)' },
      ],
    });
  });

  test('a notification joins the last operation on its own interaction, not the last one sent', () => {
    const trace = lifecycleReport().trace.channels.chat!;
    const other = trace.events.find((e) => e.seq === 4)!; // accept-flow's Accept, on chat-0001
    const late = trace.events.find((e) => e.seq === 7)!; // accept-flow's history notification
    const t = { ...other, seq: 40, t: 205 };
    const n = { ...late, seq: 41, t: 215 };
    trace.events.push(t, n);
    const { seqs, sections } = operationSections(trace, [30, 31, 32, 33, 34, 40, 35, 41, 36]);
    expect(sections.map((s) => s.label)).toEqual([
      BEFORE_OPERATIONS,
      'Accept',
      'Complete',
      'Accept',
      'Complete (late:Complete)',
    ]);
    expect(seqs).toEqual([30, 31, 32, 33, 34, 35, 40, 41, 36]);
  });

  test('only checks of a lifecycle scenario get sections', () => {
    const views = pageData(report).results;
    const byId = (id: string) => views[report.results.findIndex((r) => r.id === id)]!;
    expect(byId('chat/complete/success').sections?.map((s) => s.label)).toEqual([
      BEFORE_OPERATIONS,
      'Accept',
      'Complete',
      'Complete (late:Complete)',
    ]);
    expect(byId('chat/accept/notification-order').sections).toBeUndefined();
  });
});
