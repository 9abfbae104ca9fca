/**
 * `npm run compare -- A.json B.json`: one self-contained HTML page comparing two runs (two vendors,
 * or two releases of one): the requirement x channel matrix with both verdicts in each cell, the
 * cells that differ first, then every check whose verdict differs. No script, no network.
 */
import { CHANNELS } from '../../src/model/channels';
import type { StoredReport } from '../../src/model/report';
import { REQUIREMENTS } from '../../src/model/requirements';
import { SEVERITY, type Verdict } from '../../src/model/verdict';
import { esc } from '../html/escape';

type Result = StoredReport['results'][number];
const COLUMNS = [...CHANNELS, 'general'] as const;
const column = (r: Result) => r.channel ?? 'general';

/** Worst verdict of the results judging `req` on `col`; undefined when none did. */
function cellVerdict(results: Result[], req: string, col: string): Verdict | undefined {
  let worst: Verdict | undefined;
  for (const r of results) {
    if (column(r) !== col || !r.requirements.includes(req)) continue;
    if (worst === undefined || SEVERITY[r.verdict] > SEVERITY[worst]) worst = r.verdict;
  }
  return worst;
}

export interface CompareRow {
  req: string;
  level: string;
  text: string;
  cells: { col: string; a?: Verdict; b?: Verdict }[];
  differs: boolean;
}

/** Every requirement of the catalogue (and any other id either run names), differing rows first. */
export function compareRows(a: StoredReport, b: StoredReport): CompareRow[] {
  const known = new Set<string>(REQUIREMENTS.map((q) => q.id));
  const extra = [...new Set([...a.results, ...b.results].flatMap((r) => r.requirements))].filter(
    (id) => !known.has(id),
  );
  const reqs = [
    ...REQUIREMENTS.map((q) => ({ req: q.id, level: q.level, text: q.text })),
    ...extra.map((req) => ({ req, level: '', text: '(not in this catalogue)' })),
  ];
  const rows = reqs.map(({ req, level, text }) => {
    const cells = COLUMNS.map((col) => ({
      col,
      a: cellVerdict(a.results, req, col),
      b: cellVerdict(b.results, req, col),
    }));
    return { req, level, text, cells, differs: cells.some((c) => c.a !== c.b) };
  });
  return [...rows.filter((r) => r.differs), ...rows.filter((r) => !r.differs)];
}

/** Checks (by result id) whose verdicts differ, or that only one run has. */
export function differingChecks(
  a: StoredReport,
  b: StoredReport,
): { id: string; title: string; a?: Result; b?: Result }[] {
  const byId = (rs: Result[]) => new Map(rs.map((r) => [r.id, r]));
  const ma = byId(a.results);
  const mb = byId(b.results);
  const ids = [...new Set([...ma.keys(), ...mb.keys()])].sort();
  return ids
    .filter((id) => ma.get(id)?.verdict !== mb.get(id)?.verdict)
    .map((id) => ({ id, title: (ma.get(id) ?? mb.get(id))!.title, a: ma.get(id), b: mb.get(id) }));
}

const badge = (v: Verdict | undefined) =>
  v ? `<span class="v v-${v}">${v}</span>` : '<span class="none">—</span>';

function runLabel(name: string, r: StoredReport, file: string): string {
  const suite = r.suite ? ` · ${esc(r.suite.name)} ${esc(r.suite.version)}` : '';
  const exit = r.exitCode !== undefined ? ` · exit code ${esc(r.exitCode)}` : '';
  return `<dt>${name}</dt><dd><b>${esc(r.target)}</b> <span class="muted">${esc(file)} · ${esc(r.startedAt)}${suite}${exit}</span></dd>`;
}

export function renderCompare(a: StoredReport, b: StoredReport, files: { a: string; b: string }): string {
  const rows = compareRows(a, b);
  const used = COLUMNS.filter((col) => rows.some((r) => r.cells.some((c) => c.col === col && (c.a || c.b))));
  const differing = rows.filter((r) => r.differs).length;
  const matrix = rows
    .map(
      (r) =>
        `<tr class="${r.differs ? 'differs' : 'same'}"><td class="req">${esc(r.req)}</td><td>${esc(r.level)}</td><td class="text">${esc(r.text)}</td>${used
          .map((col) => {
            const c = r.cells.find((x) => x.col === col)!;
            return `<td class="cell${c.a !== c.b ? ' diff' : ''}">${badge(c.a)} ${badge(c.b)}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  const checks = differingChecks(a, b)
    .map(
      (d) =>
        `<tr><td class="req">${esc(d.id)}</td><td class="text">${esc(d.title)}</td><td>${badge(d.a?.verdict)}<div class="muted">${esc(d.a?.message ?? 'not run')}</div></td><td>${badge(d.b?.verdict)}<div class="muted">${esc(d.b?.message ?? 'not run')}</div></td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>GWS conformance: A vs B</title>
<style>${STYLES}</style></head>
<body>
<h1>GWS conformance: two runs compared</h1>
<dl class="runs">${runLabel('A', a, files.a)}${runLabel('B', b, files.b)}</dl>
<p id="verdict-line">${differing} of ${rows.length} requirements differ on at least one channel. Each cell shows A then B (worst verdict of the checks judging the requirement there).</p>
<table id="matrix"><thead><tr><th>Requirement</th><th>Level</th><th>Statement</th>${used.map((c) => `<th>${c}<div class="muted">A · B</div></th>`).join('')}</tr></thead>
<tbody>
${matrix}
</tbody></table>
<h2>Checks whose verdict differs</h2>
${checks ? `<table id="checks"><thead><tr><th>Check</th><th>Title</th><th>A</th><th>B</th></tr></thead><tbody>\n${checks}\n</tbody></table>` : '<p id="checks">None: every check has the same verdict in both runs.</p>'}
</body></html>
`;
}

const STYLES = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px; color: #1f2328; }
table { border-collapse: collapse; width: 100%; margin: 12px 0 24px; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.req { font-family: ui-monospace, monospace; white-space: nowrap; }
td.text { max-width: 520px; }
td.cell { white-space: nowrap; text-align: center; }
tr.differs td { background: #fff8c5; }
td.cell.diff { outline: 2px solid #d4a72c; outline-offset: -2px; }
.runs dt { font-weight: 700; float: left; width: 24px; } .runs dd { margin: 0 0 4px 28px; }
.muted { color: #57606a; font-size: 12px; }
.v { display: inline-block; min-width: 38px; border-radius: 4px; padding: 0 4px; font-size: 12px; font-weight: 600; color: #fff; text-align: center; }
.v-pass { background: #1a7f37; } .v-fail { background: #cf222e; } .v-error { background: #8250df; }
.v-warn { background: #9a6700; } .v-info { background: #0969da; } .v-skip { background: #6e7781; }
.none { color: #8c959f; display: inline-block; min-width: 38px; }
`;
