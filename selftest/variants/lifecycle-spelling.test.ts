/**
 * "A documentation variant is learnt once and then used", for the lifecycle rows of LIFECYCLE.md's
 * variants table: the real runner (`npm test`) against the embedded reference with the
 * lifecycle-seed-spelling variation (SMS SendStopTypingNotification, SetDisposition and
 * SendCustomNotice served on /smsessions/ only, their notifications under smsession and
 * smsessionUri) exits 0, warns on exactly SND-3, SND-4 and UD-5 on sms, and gives every other
 * result the verdict of the run without it (the no-fault golden list).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpEvent, TraceFile } from '../../src/model/trace';
import { runRunner } from '../hostile/run-runner';
import { differences, type GoldenEntry, readGolden } from '../validation/golden';

interface Result extends GoldenEntry {
  message: string;
  variant?: { field: string; value: string; requirement: string; verdict: string };
}

const SLIPPED = ['SendStopTypingNotification', 'SetDisposition', 'SendCustomNotice'];

test('lifecycle-seed-spelling: exit 0, the table warns on SND-3, SND-4 and UD-5 (sms), nothing else changes', async () => {
  const run = await runRunner({
    args: ['--timeout=2000'],
    env: { GWS_REFERENCE_VARIATIONS: 'lifecycle-seed-spelling' },
    hardLimitMs: 90_000,
  });
  const report = JSON.parse(readFileSync(join(run.reportDir, 'conformance.json'), 'utf8'));
  const results = report.results as Result[];
  const fresh = results
    .map((r) => ({ id: r.id, verdict: r.verdict, requirements: r.requirements }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  expect(differences(readGolden('no-fault'), fresh).sort()).toEqual([
    '+ sms/send/custom-notice warn [SND-4]',
    '+ sms/send/typing warn [SND-3]',
    '+ sms/userdata/disposition warn [UD-5]',
    '- sms/send/custom-notice pass [SND-4]',
    '- sms/send/typing pass [SND-3]',
    '- sms/userdata/disposition pass [UD-5]',
  ]);
  expect(run.code).toBe(0);

  // Each warn names the page's collection first and the notification key after it, once each.
  const warned = results.filter((r) => r.verdict === 'warn');
  for (const r of warned) {
    expect(r.variant).toMatchObject({ field: 'collection', value: 'smsessions', verdict: 'warn' });
    expect(r.variant?.requirement).toBe(r.requirements[0]);
    expect(r.message.match(/"smsessions"/g)).toHaveLength(1);
  }
  const disposition = warned.find((r) => r.id === 'sms/userdata/disposition')!;
  expect(disposition.message).toMatch(/"smsession" as on .*SMSSetDisposition: Notification/);
  for (const id of ['sms/send/typing', 'sms/send/custom-notice'])
    expect(warned.find((r) => r.id === id)!.message).toMatch(/"smsessionUri" as on /);

  // The drive tried each slipped operation once on /smssessions/, then once on /smsessions/.
  const trace = JSON.parse(readFileSync(join(run.reportDir, 'trace.json'), 'utf8')) as TraceFile;
  const sms = trace.channels.sms!;
  const posts = (sms.events as HttpEvent[])
    .filter((e) => e.kind === 'http' && SLIPPED.includes(e.step))
    .map(
      (e) =>
        `${e.step} ${e.request.url.replace(/^.*\/api\/v2\/me\/([^/]+)\/.*$/, '$1')} ${e.response?.status}`,
    );
  expect(posts.sort()).toEqual(
    SLIPPED.flatMap((op) => [`${op} smsessions 200`, `${op} smssessions 404`]).sort(),
  );
  for (const channel of ['chat', 'facebook'] as const) {
    const urls = (trace.channels[channel]!.events as HttpEvent[])
      .filter((e) => e.kind === 'http')
      .map((e) => e.request.url);
    expect(urls.filter((u) => u.includes('/smsessions/'))).toEqual([]);
  }
}, 120_000);
