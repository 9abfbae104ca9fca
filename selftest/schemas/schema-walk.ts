/**
 * Invalid examples derived from the schemas themselves: walking a valid example alongside its
 * schema, each `required` member is removed once and each typed member is given a value of the
 * wrong type once (per schema location, so a participant's members are broken once, not per
 * participant). The discriminated message union is followed into the branch the example's type picks.
 */
import { type JsonSchema, loadSchemas, schemaId } from '../../src/validate/registry';

export interface Mutation {
  kind: 'missing' | 'wrong-type';
  /** JSON pointer of the broken member. */
  pointer: string;
  member: string;
  /** The schema (and property) that demands it, e.g. `.../messages/text.json#text`. */
  location: string;
  value: unknown;
}

type Node = JsonSchema | boolean;
type Obj = Record<string, unknown>;

const SCHEMAS = new Map([...loadSchemas().values()].map((s) => [s.$id, s]));

function resolve(ref: string, base: string): JsonSchema {
  const target = SCHEMAS.get(new URL(ref, base).href);
  if (!target) throw new Error(`unresolved $ref ${ref} from ${base}`);
  return target;
}

/** A value of another JSON type than the schema allows (or another constant). */
function wrongValue(schema: Obj): unknown {
  if ('const' in schema) return typeof schema.const === 'string' ? 42 : 'not-the-constant';
  switch (schema.type) {
    case 'string':
      return 42;
    case 'integer':
    case 'number':
      return '42';
    case 'boolean':
      return 'yes';
    case 'array':
      return {};
    case 'object':
      return [];
    default:
      return undefined;
  }
}

const pointerSegment = (member: string) => member.replace(/~/g, '~0').replace(/\//g, '~1');
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of `root` with the value at `path` replaced (or removed when `value` is undefined). */
function withChange(root: unknown, path: (string | number)[], value: unknown): unknown {
  // A JSON round trip, not structuredClone: examples share objects (one participant in many messages).
  const copy: unknown = JSON.parse(JSON.stringify(root));
  let parent = copy as Obj;
  for (const key of path.slice(0, -1)) parent = parent[key] as Obj;
  const last = path[path.length - 1];
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

export function mutationsOf(schemaName: string, example: unknown): Mutation[] {
  const root = SCHEMAS.get(schemaId(schemaName));
  if (!root) throw new Error(`no schema ${schemaName}`);
  const found = new Map<string, Mutation>();
  const add = (m: Omit<Mutation, 'value'>, path: (string | number)[], value: unknown) => {
    const key = `${m.kind} ${m.location}`;
    if (!found.has(key)) found.set(key, { ...m, value: withChange(example, path, value) });
  };

  const walk = (node: Node, base: string, value: unknown, path: (string | number)[]): void => {
    if (typeof node === 'boolean') return;
    if (typeof node.$ref === 'string') {
      const target = resolve(node.$ref, base);
      walk(target, target.$id, value, path);
      return;
    }
    const id = typeof node.$id === 'string' ? node.$id : base;
    if (Array.isArray(node.oneOf) && isObj(node.discriminator) && isObj(value)) {
      const tag = String(node.discriminator.propertyName);
      const branch = (node.oneOf as Obj[])
        .map((b) => (typeof b.$ref === 'string' ? resolve(b.$ref, id) : (b as JsonSchema)))
        .find((b) => (b.properties as Record<string, Obj>)[tag].const === value[tag]);
      if (!branch) throw new Error(`example at /${path.join('/')} has no branch for ${tag}=${value[tag]}`);
      walk(branch, branch.$id, value, path);
      return;
    }
    if (isObj(node.if) && isObj(value)) {
      // if/then/else on enum members (the message union: documented types, else the common members).
      const cond = (node.if.properties ?? {}) as Record<string, Obj>;
      const holds = Object.entries(cond).every(([k, s]) =>
        (s.enum as unknown[] | undefined)?.includes(value[k]),
      );
      const next = (holds ? node.then : node.else) as Node | undefined;
      if (next !== undefined) {
        walk(next, id, value, path);
        return;
      }
    }
    const pointer = path.map((p) => `/${pointerSegment(String(p))}`).join('');
    if (isObj(node.properties) && isObj(value)) {
      for (const member of (node.required as string[] | undefined) ?? []) {
        const m = {
          kind: 'missing',
          pointer: `${pointer}/${pointerSegment(member)}`,
          member,
          location: `${id}#${member}`,
        } as const;
        add(m, [...path, member], undefined);
      }
      for (const [member, sub] of Object.entries(node.properties as Record<string, Node>)) {
        if (!(member in value) || typeof sub === 'boolean') continue;
        const subSchema = typeof sub.$ref === 'string' ? resolve(sub.$ref, id) : sub;
        const wrong = wrongValue(subSchema);
        const location = `${id}#${member}`;
        const m = {
          kind: 'wrong-type',
          pointer: `${pointer}/${pointerSegment(member)}`,
          member,
          location,
        } as const;
        if (wrong !== undefined) add(m, [...path, member], wrong);
        walk(sub, id, value[member], [...path, member]);
      }
    }
    if (node.items !== undefined && Array.isArray(value)) {
      const items = node.items as Node;
      const itemSchema =
        typeof items === 'object' && typeof items.$ref === 'string' ? resolve(items.$ref, id) : items;
      const wrong = typeof itemSchema === 'object' ? wrongValue(itemSchema) : undefined;
      if (wrong !== undefined && value.length > 0) {
        const m = {
          kind: 'wrong-type',
          pointer: `${pointer}/0`,
          member: '0',
          location: `${id}#${pointer}[]`,
        } as const;
        add(m, [...path, 0], wrong);
      }
      value.forEach((item, i) => {
        walk(node.items as Node, id, item, [...path, i]);
      });
    }
  };

  walk(root, root.$id, example, []);
  return [...found.values()];
}
