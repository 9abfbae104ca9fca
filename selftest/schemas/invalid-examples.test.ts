/**
 * For every schema, every required member left out and every typed member given the wrong type is
 * rejected with exactly one issue that names the member (cases derived from the schemas' own
 * `required` and `properties`, walked alongside a valid example).
 */
import { validate } from '../../src/validate';
import { EXAMPLES, NINE_MESSAGES, SCHEMA_NAMES } from './examples';
import { type Mutation, mutationsOf } from './schema-walk';

describe.each(SCHEMA_NAMES)('%s', (schema) => {
  const examples = EXAMPLES[schema];
  const mutations = examples.flatMap((example) => mutationsOf(schema, example));

  test('its valid examples validate', () => {
    expect(examples.map((e) => validate(schema, e))).toEqual(examples.map(() => []));
  });

  test('every required member and every typed member yields an invalid example', () => {
    expect(mutations.filter((m) => m.kind === 'missing').length).toBeGreaterThan(0);
    expect(mutations.filter((m) => m.kind === 'wrong-type').length).toBeGreaterThan(0);
  });

  test('each invalid example is rejected with one issue that names the member', () => {
    const wrong = mutations
      .map((m) => ({ m, issues: validate(schema, m.value) }))
      .filter(({ m, issues }) => !namesTheMember(m, issues))
      .map(({ m, issues }) => ({ kind: m.kind, pointer: m.pointer, issues: issues.map((i) => i.message) }));
    expect(wrong).toEqual([]);
  });
});

function namesTheMember(m: Mutation, issues: ReturnType<typeof validate>): boolean {
  if (issues.length !== 1) return false;
  const [issue] = issues;
  if (issue.pointer !== m.pointer || !issue.message.includes(m.member)) return false;
  return m.kind === 'missing'
    ? issue.expected === `required member ${m.member}` && issue.actual === 'missing'
    : true;
}

test('the message union is broken in each of its ten documented branches and the other-type branch', () => {
  const messages = EXAMPLES['messages/message'];
  const branches = new Set(
    messages.flatMap((m) => mutationsOf('messages/message', m)).map((m) => m.location.split('#')[0]),
  );
  expect([...branches].filter((id) => id.includes('/messages/')).sort()).toHaveLength(11);
  expect(NINE_MESSAGES).toHaveLength(9);
});
