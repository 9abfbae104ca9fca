import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { renderJson } from '../../reporters/json';
import { sanitizeReport } from '../../reporters/redact';
import { fixtureReport, SECRET } from './fixture';

const schema = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'schemas', 'report', 'conformance.schema.json'), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const document = (report = fixtureReport()) =>
  JSON.parse(renderJson(sanitizeReport(report, [SECRET]))) as Record<string, unknown>;

function expectValid(doc: unknown): void {
  const ok = validate(doc);
  expect(ajv.errorsText(validate.errors)).toBe('No errors');
  expect(ok).toBe(true);
}

test('a run with failures validates against the schema', () => {
  expectValid(document());
});

test('it carries the RUNNER.md fields and the run outcome', () => {
  const doc = document();
  expect(doc).toMatchObject({
    suite: { name: 'gws-conformance', version: '0.1.0' },
    target: 'http://127.0.0.1:8090/',
    startedAt: '2026-11-22T10:00:00.000Z',
    durationMs: 2140,
    summary: { pass: 2, fail: 2, warn: 2, info: 2, skip: 1, error: 1 },
    exitCode: 1,
    unusedWaivers: [{ id: 'facebook/*', problem: 'expired' }],
  });
  const results = doc.results as Record<string, unknown>[];
  expect(results).toHaveLength(10);
  expect(results.find((r) => r.id === 'sms/accept/notification-order')).toEqual({
    id: 'sms/accept/notification-order',
    check: 'accept/notification-order',
    scenarios: ['accept-flow'],
    requirements: ['NTF-6'],
    channel: 'sms',
    level: 'MUST',
    verdict: 'fail',
    title: 'StatusChange(Chatting) < ParticipantsUpdated < NewMessages',
    message: 'ParticipantsUpdated arrived before StatusChange(Chatting)',
    durationMs: 3,
    expected: 'StatusChange(Chatting) < ParticipantsUpdated < NewMessages',
    actual: expect.stringContaining('ParticipantsUpdated (#5'),
    evidence: [5, 6],
    pointer: '/data/notificationType',
  });
  expect(results.find((r) => r.id === 'sms/accept/success-body')?.waived).toEqual({
    reason: 'GWS 8.5 sends referenceId; ticket VEN-42',
    owner: 'vendor-team',
    expires: '2099-12-31',
  });
  expect(results.find((r) => r.id === 'discovery/channels')).toMatchObject({
    channel: null,
    check: 'discovery/channels',
    scenarios: [],
  });
  expect((doc.options as Record<string, unknown>).password).toBe('[redacted]');
});

test('a fatal run with no results and no channels validates too', () => {
  const report = fixtureReport({
    results: [],
    unusedWaivers: [],
    exitCode: 2,
    fatal: 'target unreachable: connect ECONNREFUSED 127.0.0.1:1',
  });
  report.summary = { pass: 0, fail: 0, warn: 0, info: 0, skip: 0, error: 0 };
  report.trace.channels = {};
  const doc = document(report);
  expectValid(doc);
  expect(doc.fatal).toBe('target unreachable: connect ECONNREFUSED 127.0.0.1:1');
});

test('the schema rejects what a consumer must never see', () => {
  const bad = (mutate: (doc: Record<string, unknown>) => void) => {
    const doc = document();
    mutate(doc);
    return validate(doc);
  };
  expect(bad((d) => (d.target = `http://agent1:${SECRET}@host`))).toBe(false);
  expect(bad((d) => ((d.results as Record<string, unknown>[])[0]!.verdict = 'ok'))).toBe(false);
  expect(bad((d) => ((d.results as Record<string, unknown>[])[0]!.channel = 'voice'))).toBe(false);
  expect(bad((d) => (d.exitCode = 3))).toBe(false);
  expect(bad((d) => delete (d.summary as Record<string, unknown>).error)).toBe(false);
});
