/**
 * The arrows between the stages point down (README "How it works"): every .ts file's import
 * specifiers (static, type-only, re-exports, dynamic import(), require) are read with TypeScript's
 * own pre-processor and checked against the rules below. A new import that points up fails here
 * with the file, the specifier and the rule it breaks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..', '..');
const FOLDERS = ['src', 'runner', 'reporters', 'reference', 'suites'];

interface Import {
  file: string;
  specifier: string;
  /** Repository-relative path of a relative import; undefined for a package or `node:` module. */
  target?: string;
}

const inside = (path: string | undefined, folder: string) => path?.startsWith(`${folder}/`) === true;

interface Rule {
  name: string;
  applies: (file: string) => boolean;
  allows: (i: Import) => boolean;
}

const RULES: Rule[] = [
  {
    name: 'src/ imports nothing from runner/, reporters/, reference/, suites/',
    applies: (f) => inside(f, 'src'),
    allows: (i) => !['runner', 'reporters', 'reference', 'suites'].some((d) => inside(i.target, d)),
  },
  {
    name: 'src/model imports only src/model (and Node built-ins)',
    applies: (f) => inside(f, 'src/model'),
    allows: (i) => inside(i.target, 'src/model') || i.specifier.startsWith('node:'),
  },
  {
    name: 'reporters/ imports only src/model and its own files (and packages)',
    applies: (f) => inside(f, 'reporters'),
    allows: (i) => i.target === undefined || inside(i.target, 'src/model') || inside(i.target, 'reporters'),
  },
  {
    name: 'reference/ imports only src/model and its own files (and packages)',
    applies: (f) => inside(f, 'reference'),
    allows: (i) => i.target === undefined || inside(i.target, 'src/model') || inside(i.target, 'reference'),
  },
  {
    name: 'src/drive does not import src/judge',
    applies: (f) => inside(f, 'src/drive'),
    allows: (i) => !inside(i.target, 'src/judge'),
  },
  {
    name: 'src/judge does not import src/drive',
    applies: (f) => inside(f, 'src/judge'),
    allows: (i) => !inside(i.target, 'src/drive'),
  },
];

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string, text: string): Import[] {
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName: specifier }) => ({
    file,
    specifier,
    target: specifier.startsWith('.')
      ? relative(ROOT, resolve(ROOT, dirname(file), specifier))
          .split('\\')
          .join('/')
      : undefined,
  }));
}

function violations(imports: Import[]): string[] {
  return imports.flatMap((i) =>
    RULES.filter((r) => r.applies(i.file) && !r.allows(i)).map(
      (r) => `${i.file}: '${i.specifier}' (${r.name})`,
    ),
  );
}

const ALL = FOLDERS.flatMap(tsFiles).flatMap((f) => importsOf(f, readFileSync(join(ROOT, f), 'utf8')));

test('every import of src, runner, reporters, reference and suites follows the arrows', () => {
  expect(violations(ALL)).toEqual([]);
});

test('the reader sees every kind of import: static, type-only, re-export, dynamic', () => {
  const seen = (file: string) => ALL.filter((i) => i.file === file).map((i) => i.target ?? i.specifier);
  expect(seen('runner/target.ts')).toContain('reference/server');
  expect(seen('src/judge/judge.ts')).toContain('src/model/verdict');
  const sample = importsOf(
    'src/model/x.ts',
    "import type { A } from '../judge/judge'; export * from '../../runner/main'; const r = import('node:fs');",
  );
  expect(sample.map((i) => i.target ?? i.specifier)).toEqual(['src/judge/judge', 'runner/main', 'node:fs']);
});

test.each([
  [
    'src/model/trace.ts',
    "import { CHECKS } from '../judge/judge';",
    'src/model imports only src/model (and Node built-ins)',
  ],
  [
    'src/drive/engine.ts',
    "import { judgeChannel } from '../judge/judge';",
    'src/drive does not import src/judge',
  ],
  ['src/judge/judge.ts', "import type { X } from '../drive/engine';", 'src/judge does not import src/drive'],
  [
    'src/target/rest.ts',
    "import { finish } from '../../runner/finish';",
    'src/ imports nothing from runner/',
  ],
  ['reporters/json.ts', "import { CHECKS } from '../src/judge/judge';", 'reporters/ imports only src/model'],
  ['reference/server.ts', "import { send } from '../src/target/wire';", 'reference/ imports only src/model'],
])('an import that points up is caught: %s %s', (file, line, rule) => {
  const found = violations(importsOf(file, line));
  expect(found).toHaveLength(1);
  expect(found[0]).toContain(rule);
});
