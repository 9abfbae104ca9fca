/** Every named fault makes the server deviate, observably; unknown names are refused. */

import { FAULTS, VARIATIONS } from '../../reference/faults';
import { startReference } from '../../reference/server';
import { isRequirementId } from '../../src/model/requirements';
import { FLOW_CASES, runCase } from './fault-cases';
import { API_CASES } from './fault-cases-api';
import { LIFECYCLE_CASES } from './fault-cases-lifecycle';

/** slow-notifications needs seconds: it has its own file so it runs beside the others (the lifecycle's too). */
const ELSEWHERE = ['slow-notifications'];

describe('flow faults', () => {
  test.each(Object.keys(FLOW_CASES))('%s', (name) => runCase(name, FLOW_CASES[name]!));
});

describe('API faults', () => {
  test.each(Object.keys(API_CASES))('%s', (name) => runCase(name, API_CASES[name]!));
});

// A case that also passed on the correct server would prove nothing.
describe('each case fails on the correct server', () => {
  const all = { ...FLOW_CASES, ...API_CASES };
  test.each(Object.keys(all))('%s', async (name) => {
    await expect(runCase(name, all[name]!, true)).rejects.toThrow();
  });
});

describe('the catalogue', () => {
  test('every fault has a case, and every case a fault', () => {
    const cased = [
      ...Object.keys(FLOW_CASES),
      ...Object.keys(API_CASES),
      ...Object.keys(LIFECYCLE_CASES),
      ...ELSEWHERE,
    ].sort();
    expect(cased).toEqual(FAULTS.map((f) => f.name).sort());
  });

  test('names are unique and every entry names requirements of the catalogue', () => {
    const names = [...FAULTS, ...VARIATIONS].map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of FAULTS) expect(f.breaks.length > 0 && f.breaks.every(isRequirementId)).toBe(true);
    for (const v of VARIATIONS)
      expect(v.allowedBy.length > 0 && v.allowedBy.every(isRequirementId)).toBe(true);
  });

  test('unknown fault and variation names, and bad channels, are refused with a clear error', async () => {
    await expect(startReference({ faults: ['no-such-fault'] })).rejects.toThrow(
      /unknown fault "no-such-fault".*Known faults: .*no-auth-rest/,
    );
    await expect(startReference({ variations: ['nope'] })).rejects.toThrow(/unknown variation "nope"/);
    await expect(startReference({ faults: ['me-no-user@voice'] })).rejects.toThrow(/bad channel/);
  });
});
