/**
 * "A documentation variant is learnt once and then used": the real runner (`npm test`) against the
 * embedded reference with the seed-spelling variation (SMS on /smsessions/ everywhere with the
 * smsession key; Facebook's facebooksessions key and lower-case messageType) exits 0 and reports
 * exactly the variants table's verdicts: ACC-1 warn on sms, NTF-1 warn on sms and facebook, and
 * nothing else but pass and info.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRunner } from '../hostile/run-runner';

interface Result {
  id: string;
  verdict: string;
  requirements: string[];
  message: string;
  variant?: { value: string; source: { file: string } };
}

test('seed-spelling: exit 0, and only the table verdicts for the variants', async () => {
  const run = await runRunner({
    args: ['--timeout=2000'],
    env: { GWS_REFERENCE_VARIATIONS: 'seed-spelling' },
    hardLimitMs: 90_000,
  });
  const report = JSON.parse(readFileSync(join(run.reportDir, 'conformance.json'), 'utf8'));
  const findings = (report.results as Result[])
    .filter((r) => !['pass', 'info'].includes(r.verdict))
    // Operations LIFECYCLE.md's table leaves without ✓ on a channel are skipped whatever the spelling.
    .filter((r) => !(r.verdict === 'skip' && /operation table has no ✓/.test(r.message)))
    .map((r) => `${r.id} ${r.verdict} ${r.requirements.join(',')} ${r.variant?.value}`)
    .sort();
  expect(findings).toEqual([
    'facebook/accept/chatting-notification warn NTF-1 facebooksessions',
    'sms/accept/chatting-notification warn NTF-1 smsession',
    'sms/accept/success warn ACC-1 smsessions',
  ]);
  expect(run.code).toBe(0);
  const acc1 = (report.results as Result[]).find((r) => r.id === 'sms/accept/success')!;
  expect(acc1.variant?.source.file).toBe('000_69952084d6cb1c22.txt');
}, 120_000);
