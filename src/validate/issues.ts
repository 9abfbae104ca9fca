/**
 * ajv's errors as one readable issue per real problem: where (a JSON pointer), what the schema
 * wants, what was there. Wrapper errors (oneOf, if) are dropped when a precise error says more.
 */
import type { ErrorObject } from 'ajv';

export interface ValidationIssue {
  pointer: string;
  expected: string;
  actual: string;
  message: string;
}

const WRAPPERS = new Set(['oneOf', 'anyOf', 'allOf', 'if', 'then', 'else', '$ref']);
const MAX_ACTUAL = 80;

export function issuesOf(errors: readonly ErrorObject[], root: unknown): ValidationIssue[] {
  const precise = errors.filter((e) => !WRAPPERS.has(e.keyword));
  const chosen = precise.length > 0 ? precise : errors;
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const error of chosen) {
    const { pointer, expected } = describe(error);
    const key = `${pointer}\n${expected}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = valueAt(root, pointer);
    const actual = found.present ? quote(found.value) : 'missing';
    const at = pointer === '' ? '(root)' : pointer;
    const message = found.present
      ? `${at}: expected ${expected}, got ${actual}`
      : `${at}: expected ${expected}, but it is missing`;
    issues.push({ pointer, expected, actual, message });
  }
  return issues;
}

/** Where the problem is and what the schema wants there, in words. */
function describe(e: ErrorObject): { pointer: string; expected: string } {
  const here = e.instancePath;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return {
        pointer: child(here, String(p.missingProperty)),
        expected: `required member ${p.missingProperty}`,
      };
    case 'discriminator': {
      // The union's tag (a message's type) is missing, not a string, or names no branch.
      const tag = String(p.tag);
      if (!hasMember(e.data, tag)) return { pointer: child(here, tag), expected: `required member ${tag}` };
      const union = (e.parentSchema as { oneOf?: unknown[]; title?: string } | undefined) ?? {};
      const kind = (union.title ?? 'schema').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
      return {
        pointer: child(here, tag),
        expected: `one of the ${numberWord(union.oneOf?.length ?? 0)} ${kind} types`,
      };
    }
    case 'type':
      return { pointer: here, expected: String(p.type).split(',').join(' or ') };
    case 'const':
      return { pointer: here, expected: JSON.stringify(p.allowedValue) };
    case 'enum':
      return {
        pointer: here,
        expected: `one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'format':
      return {
        pointer: here,
        expected:
          p.format === 'gws-timestamp'
            ? 'a timestamp such as 2014-01-02T14:23:18.000-0800'
            : `format ${p.format}`,
      };
    case 'not': {
      const forbidden = e.schema as { const?: unknown } | undefined;
      return {
        pointer: here,
        expected:
          forbidden && 'const' in forbidden
            ? `anything but ${JSON.stringify(forbidden.const)}`
            : 'a value the schema does not forbid',
      };
    }
    case 'additionalProperties':
      return { pointer: child(here, String(p.additionalProperty)), expected: 'no such member' };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { pointer: here, expected: `a number ${p.comparison} ${p.limit}` };
    default:
      return { pointer: here, expected: (e.message ?? e.keyword).replace(/^must (be |have |match )?/, '') };
  }
}

function hasMember(value: unknown, member: string): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, member);
}

function child(pointer: string, member: string): string {
  return `${pointer}/${member.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function valueAt(root: unknown, pointer: string): { present: boolean; value?: unknown } {
  let value = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!hasMember(value, key)) return { present: false };
    value = (value as Record<string, unknown>)[key];
  }
  return { present: true, value };
}

/** The value as JSON, cut to about 80 characters. */
function quote(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > MAX_ACTUAL ? `${text.slice(0, MAX_ACTUAL - 1)}…` : text;
}

function numberWord(n: number): string {
  const words = [
    'no',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ];
  return words[n] ?? String(n);
}
