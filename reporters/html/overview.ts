/** The top of the page: what was tested and how it went, then the requirement x channel matrix. */
import { CHANNELS } from '../../src/model/channels';
import { overallWord, type RunReport } from '../../src/model/report';
import { type Group, groupOf, type Part, REQUIREMENTS } from '../../src/model/requirements';
import { CHANGES, type CheckResult, SEVERITY, VERDICTS } from '../../src/model/verdict';
import { PARTS, resultPart } from '../rows';
import { esc, join } from './escape';

export const GROUPS: Record<Group, string> = {
  SES: 'Session and transport',
  OFF: 'Offer',
  ACC: 'Accept request and response',
  NTF: 'Notifications after Accept',
  RES: 'Resource',
  MSG: 'Messages',
  LIF: 'Lifecycle operations: general',
  REJ: 'Reject',
  CMP: 'Complete',
  LEV: 'Leave',
  SND: 'Agent messages',
  UD: 'Attached data and disposition',
};

/** Matrix columns: the three channels, plus `general` when a check concerns no one channel. */
export function columns(report: RunReport): string[] {
  const general = report.results.some((r) => r.channel === null);
  return [...CHANNELS, ...(general ? ['general'] : [])];
}

export const columnOf = (r: CheckResult): string => r.channel ?? 'general';

export function header(report: RunReport): string {
  const word = overallWord(report.exitCode);
  const started = report.startedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
  const options = Object.entries(report.options)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('  ');
  const counts = VERDICTS.map(
    (v) =>
      `<span class="count v-${v}${report.summary[v] === 0 ? ' zero' : ''}" data-count="${v}">${report.summary[v]} ${v}</span>`,
  ).join('');
  return `<header class="top"><div class="inner">
<div>
<h1>GWS multimedia API conformance report</h1>
<dl>
<dt>Target</dt><dd id="target">${esc(report.target)}</dd>
<dt>Started</dt><dd>${esc(started)} · took ${esc(seconds(report.durationMs))}</dd>
<dt>Suite</dt><dd>${esc(report.suite.name)} ${esc(report.suite.version)}</dd>
${options ? `<dt>Options</dt><dd class="mono">${esc(options)}</dd>` : ''}
</dl>
<div class="counts">${counts}</div>
</div>
<div class="overall ${word}" id="overall"><b>${word}</b><span>exit code ${report.exitCode}</span></div>
</div></header>`;
}

export function banners(report: RunReport): string {
  const fatal = report.fatal
    ? `<div class="banner fatal" id="fatal"><b>The run could not do its job:</b> ${esc(report.fatal)}</div>`
    : '';
  const waivers = report.unusedWaivers.length
    ? `<div class="banner waivers"><b>Waivers that waived nothing</b> (they fail the run under --strict)<ul>${report.unusedWaivers
        .map(
          (w) =>
            `<li><code>${esc(w.id)}</code>${w.channel ? ` on ${esc(w.channel)}` : ''}: ${
              w.problem === 'expired' ? `expired on ${esc(w.expires)}` : 'matched no failing result'
            } — ${esc(w.reason)} (${esc(w.owner)})</li>`,
        )
        .join('')}</ul></div>`
    : '';
  const b = report.baseline;
  const baseline = b
    ? `<div class="banner baseline" id="baseline"><b>Against the baseline</b> ${esc(b.file)} (${esc(b.target)}, ${esc(
        b.startedAt,
      )}): ${CHANGES.map((c) => `<a href="#change=${c}" class="chg chg-${c}">${b.counts[c]} ${c}</a>`).join(' ')}${
        b.missing.length ? ` · ${b.missing.length} result(s) of the baseline not run this time` : ''
      }</div>`
    : '';
  return fatal + waivers + baseline;
}

export function matrix(report: RunReport): string {
  const cols = columns(report);
  const head = `<thead><tr><th>Requirement</th><th>Level</th><th>Statement</th>${cols
    .map(
      (c) =>
        `<th class="ch" data-channel="${c}">${c}<div class="colsum">${columnSummary(report.results.filter((r) => columnOf(r) === c))}</div></th>`,
    )
    .join('')}</tr></thead>`;
  const parts = ([1, 2] as const).map(
    (part) => partHead(report, part, cols) + partGroups(report, part, cols),
  );
  const legend = `<div class="legend">${VERDICTS.map(
    (v) => `<span><span class="cell c-${v}">${v}</span></span>`,
  ).join(
    '',
  )}<span><span class="cell c-none">—</span> not tested</span><span><span class="cell c-fail waived">fail</span> waived</span></div>`;
  return `<h2 id="matrix-title">Requirements by channel</h2>
<p class="lead">Each cell shows the worst verdict of that requirement's checks on that channel. Click a cell for the check, a part's heading to fold it.</p>
${legend}
<div class="card"><table class="matrix" id="matrix">${head}${parts.join('')}</table></div>`;
}

/** A part's heading row: its fold button, and how its checks went on each column. */
function partHead(report: RunReport, part: Part, cols: string[]): string {
  const { title, groups } = PARTS[part];
  const results = report.results.filter((r) => resultPart(r) === part);
  const sums = cols
    .map(
      (c) =>
        `<td class="ch colsum" data-channel="${c}">${columnSummary(results.filter((r) => columnOf(r) === c))}</td>`,
    )
    .join('');
  return `<tbody class="part" data-part="${part}"><tr class="part-head"><th colspan="3"><button type="button" class="fold" data-fold="${part}" aria-expanded="true">Part ${part} · ${esc(
    title,
  )}</button> <span class="muted">${groups[0]}–${groups.at(-1)}</span></th>${sums}</tr></tbody>`;
}

function partGroups(report: RunReport, part: Part, cols: string[]): string {
  return PARTS[part].groups
    .map((group) => {
      const rows = REQUIREMENTS.filter((q) => groupOf(q.id) === group).map(
        (q) =>
          `<tr data-group="${group}" data-req="${q.id}"><td class="req">${q.id}</td><td><span class="lvl">${
            q.level
          }</span></td><td class="txt">${esc(q.text)}</td>${cols
            .map((c) => `<td class="ch" data-channel="${c}">${cell(report, q.id, c)}</td>`)
            .join('')}</tr>`,
      );
      return `<tbody data-group="${group}" data-part="${part}"><tr class="grp"><th colspan="${3 + cols.length}">${group} · ${esc(
        GROUPS[group],
      )}</th></tr>${rows.join('')}</tbody>`;
    })
    .join('');
}

/** "5 checks · 2 fail": how a column (or a part of it) went. */
function columnSummary(results: CheckResult[]): string {
  if (results.length === 0) return 'not run';
  const bad = (['fail', 'error', 'warn'] as const)
    .map((v) => [v, results.filter((r) => r.verdict === v && !r.waived).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `<span class="v-${v}-text">${n} ${v}</span>`);
  return [`${results.length} check${results.length === 1 ? '' : 's'}`, ...bad].join(' · ');
}

function cell(report: RunReport, reqId: string, column: string): string {
  const results = report.results.filter(
    (r) => columnOf(r) === column && r.requirements.some((q) => q === reqId),
  );
  if (results.length === 0) return `<span class="cell c-none" title="not tested">—</span>`;
  const worst = results.reduce((w, r) => (SEVERITY[r.verdict] > SEVERITY[w.verdict] ? r : w));
  const allWaived = results.filter((r) => r.verdict === worst.verdict).every((r) => r.waived);
  const title = results
    .map((r) => `${r.id}: ${r.verdict}${r.waived ? ' (waived)' : ''} — ${r.message}`)
    .join('\n');
  const label = results.length > 1 ? `${worst.verdict} ×${results.length}` : worst.verdict;
  return `<a class="${join(['cell', `c-${worst.verdict}`, allWaived && 'waived'], ' ')}" href="#check=${esc(
    worst.id,
  )}" data-check="${esc(worst.id)}" data-verdict="${worst.verdict}" title="${esc(title)}">${esc(label)}</a>`;
}

export function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** What a vendor engineer reads first: every unwaived fail and error, each a link to its detail. */
export function attention(report: RunReport): string {
  const bad = report.results.filter((r) => (r.verdict === 'fail' || r.verdict === 'error') && !r.waived);
  if (report.results.length === 0) return '';
  if (bad.length === 0) {
    return `<div class="banner ok" id="attention"><b>No failures.</b> ${report.summary.warn} warning${
      report.summary.warn === 1 ? '' : 's'
    } (SHOULD-level findings) are listed under Checks.</div>`;
  }
  const items = [...bad]
    .sort((a, b) => SEVERITY[b.verdict] - SEVERITY[a.verdict])
    .map(
      (r) =>
        `<li><span class="v v-${r.verdict}">${r.verdict}</span> <a href="#check=${esc(r.id)}" data-check="${esc(
          r.id,
        )}" class="mono">${esc(r.id)}</a> <span class="muted">${esc(r.requirements.join(', '))}</span> ${esc(r.message)}</li>`,
    );
  return `<div class="card attention" id="attention"><b>${bad.length} check${
    bad.length === 1 ? ' needs' : 's need'
  } attention</b><ul>${items.join('')}</ul></div>`;
}
