/**
 * Every JSON sample of the five seed pages validates against its schema once the page's own syntax
 * slips are mended (MENDS, one entry per slip); samples that use a documentation variant validate
 * after mapping to the reconciled form, and the variant is reported with the table's verdict.
 */
import { CHANNEL_TABLE } from '../../src/model/channels';
import { historyOf, isObject } from '../../src/model/protocol';
import { validate } from '../../src/validate';
import { reconcileStateChange } from './reconcile';
import {
  EXPECTED_SAMPLES,
  MENDS,
  mendedSamples,
  readPage,
  type Sample,
  SEED_FILES,
  SMS_PAGE,
  samplesOf,
} from './seed-samples';

const parses = (sample: Sample): boolean => {
  try {
    JSON.parse(sample.text);
    return true;
  } catch {
    return false;
  }
};

describe.each(SEED_FILES)('seed page %s', (file) => {
  const expected = EXPECTED_SAMPLES[file];
  const samples = mendedSamples(file);

  test('has the expected number of samples, each valid JSON once mended', () => {
    expect(samples.map((s) => ({ text: s.text.slice(0, 40), json: parses(s) }))).toEqual(
      samples.map((s) => ({ text: s.text.slice(0, 40), json: true })),
    );
    expect(samples).toHaveLength(expected.length);
  });

  test.each(expected.map((e, i) => [i + 1, e.schema, e] as const))(
    'sample %i validates as %s',
    (i, schema, e) => {
      const value: unknown = JSON.parse(samples[i - 1].text);
      const row = CHANNEL_TABLE[e.channel];
      if (schema.startsWith('notifications/state-change-')) {
        const reconciled = isObject(value) ? reconcileStateChange(value, row) : undefined;
        expect(reconciled).toBeDefined();
        const used = reconciled!.reading.variants.map((v) => ({
          field: v.field,
          value: v.value,
          verdict: v.verdict,
        }));
        expect(used).toEqual(e.variants ?? []);
        expect(validate(schema, reconciled!.data)).toEqual([]);
        return;
      }
      expect(e.variants).toBeUndefined();
      if (schema.startsWith('notifications/message-log-')) {
        expect(isObject(value) && historyOf(value, row)?.messages.length).toBeGreaterThan(0);
      }
      expect(validate(schema, value)).toEqual([]);
    },
  );
});

describe('the mends', () => {
  test.each(MENDS.map((m) => [m.file, m.what, m] as const))('%s: "%s" is needed', (file, _what, mend) => {
    const expected = EXPECTED_SAMPLES[file];
    const without = mendedSamples(
      file,
      MENDS.filter((m) => m !== mend),
    );
    // Left out, the page no longer yields its samples as valid JSON: the slip is real.
    const intact = without.length === expected.length && without.every(parses);
    expect(intact).toBe(false);
    expect(mend.why.length).toBeGreaterThan(0);
  });

  test('exactly the pages that have mends fail to parse without them', () => {
    const broken = SEED_FILES.filter((file) => !samplesOf(file, readPage(file)).every(parses));
    expect(broken.sort()).toEqual([...new Set(MENDS.map((m) => m.file))].sort());
  });
});

describe('the SMS Accept page (000) shows every SMS variant of the channel table', () => {
  const [request, , statusChange] = mendedSamples(SMS_PAGE);
  const row = CHANNEL_TABLE.sms;

  test('the request URL uses the collection variant smsessions (ACC-1, warn)', () => {
    const variant = row.variants.find((v) => v.field === 'collection');
    expect(request.requestLine).toContain(`/${variant?.value}/`);
    expect(variant).toMatchObject({ value: 'smsessions', reconciled: 'smssessions', verdict: 'warn' });
  });

  test('the StatusChange uses smsession (warn), "test_accept " (fail) and URIs under smsessions (warn)', () => {
    const reconciled = reconcileStateChange(JSON.parse(statusChange.text), row);
    expect(reconciled?.reading.variants.map((v) => [v.value, v.requirement, v.verdict])).toEqual([
      ['smsession', 'NTF-1', 'warn'],
      ['test_accept ', 'NTF-1', 'fail'],
    ]);
    const uriVariant = row.variants.find((v) => v.field === 'uri');
    expect(String(reconciled?.reading.resource.uri)).toContain(`/${uriVariant?.value}/`);
    expect(uriVariant?.verdict).toBe('warn');
  });
});
