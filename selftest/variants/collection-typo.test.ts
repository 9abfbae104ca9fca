/**
 * A target that copied the SMS Accept page's slip (`/api/v2/me/smsessions/{id}`) is told so: ACC-1
 * is `warn` on sms with the page named and the reconciled collection, not a bare failure.
 * The real runner against a reference server behind a proxy that serves SMS Accepts only there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRunner } from '../hostile/run-runner';
import { type Hostile, hostileProxy } from '../hostile/servers';

const RECONCILED = /^\/api\/v2\/me\/smssessions\/[^/?]+$/;
const TYPO = /^\/api\/v2\/me\/smsessions\//;

let target: Hostile;

beforeAll(async () => {
  target = await hostileProxy({
    intercept: (req, res) => {
      if (req.method !== 'POST' || !RECONCILED.test(req.path)) return false;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"statusCode":6,"statusMessage":"No such resource"}');
      return true;
    },
    route: (req) =>
      TYPO.test(req.path) ? { ...req, path: req.path.replace('/smsessions/', '/smssessions/') } : req,
  });
});

afterAll(() => target.close());

test('ACC-1 on sms is warn and names the seed page and the reconciled collection', async () => {
  const run = await runRunner({
    args: [`--target=${target.url}`, `--user=${target.user}`, '--channels=sms', '--timeout=2000'],
    env: { GWS_PASSWORD: target.password },
    hardLimitMs: 60_000,
  });
  const report = JSON.parse(readFileSync(join(run.reportDir, 'conformance.json'), 'utf8'));
  const acc1 = report.results.find((r: { id: string }) => r.id === 'sms/accept/success');
  expect(acc1).toMatchObject({ verdict: 'warn' });
  expect(JSON.stringify(acc1.variant)).toMatch(/000_69952084d6cb1c22\.txt/);
  expect(acc1.variant.reconciled).toBe('smssessions');
  // The flow went on through the misspelt path, so the notifications were still judged.
  expect(report.results.find((r: { id: string }) => r.id === 'sms/accept/notification-order')?.verdict).toBe(
    'pass',
  );
}, 90_000);
