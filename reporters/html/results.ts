/** The filter bar and one collapsible detail per result; timelines are filled in by the script. */
import { CHANNELS } from '../../src/model/channels';
import type { RunReport } from '../../src/model/report';
import { groupOf, isRequirementId, requirement } from '../../src/model/requirements';
import { sourceTitle } from '../../src/model/sources';
import { CHANGES, type CheckResult, SEVERITY, VERDICTS } from '../../src/model/verdict';
import { esc } from './escape';
import { columnOf, columns, GROUPS, seconds } from './overview';

/** Worst first, then by channel and id: what needs attention is at the top. */
export function resultOrder(results: readonly CheckResult[]): number[] {
  const col = (r: CheckResult) => (r.channel ? CHANNELS.indexOf(r.channel) : CHANNELS.length);
  return results
    .map((_, i) => i)
    .sort((a, b) => {
      const x = results[a]!;
      const y = results[b]!;
      return SEVERITY[y.verdict] - SEVERITY[x.verdict] || col(x) - col(y) || x.id.localeCompare(y.id);
    });
}

export function filters(report: RunReport): string {
  const chips = (name: string, values: readonly string[]) =>
    values
      .map(
        (v) =>
          `<button type="button" class="chip" data-filter="${name}" data-value="${v}" aria-pressed="false">${v}</button>`,
      )
      .join('');
  return `<div class="filters" id="filters" role="toolbar" aria-label="Filter results">
<div class="grp"><span class="label">Verdict</span>${chips('verdict', VERDICTS)}</div>
<div class="grp"><span class="label">Channel</span>${chips('channel', columns(report))}</div>
<div class="grp"><span class="label">Group</span>${chips('group', Object.keys(GROUPS))}</div>
${report.baseline ? `<div class="grp"><span class="label">Baseline</span>${chips('change', CHANGES)}</div>\n` : ''}<button type="button" class="chip" id="clear-filters">clear</button>
<span class="shown" id="shown"></span>
</div>`;
}

export function resultList(report: RunReport): string {
  const items = resultOrder(report.results).map((i) => resultDetail(report.results[i]!, i));
  return `<h2 id="results-title">Checks</h2>
<p class="lead">Open a check for its requirement, what was expected and seen, and the wire trace of its scenarios.</p>
${filters(report)}
<div id="results">${items.join('\n')}</div>`;
}

function resultDetail(r: CheckResult, index: number): string {
  const groups = [...new Set(r.requirements.filter(isRequirementId).map(groupOf))].join(' ');
  const waivedTag = r.waived ? ' <span class="waived-tag">waived</span>' : '';
  const change = r.baseline?.change;
  const changeTag = change
    ? `<span class="chg chg-${change}" title="against the baseline">${change}</span>`
    : '';
  return `<details class="result r-${r.verdict}" id="r-${index}" data-index="${index}" data-id="${esc(
    r.id,
  )}" data-verdict="${r.verdict}" data-channel="${columnOf(r)}" data-groups="${groups}"${change ? ` data-change="${change}"` : ''}>
<summary><span class="v v-${r.verdict}">${r.verdict}</span>${changeTag}<span class="id">${esc(r.id)}</span><span class="msg">${esc(
    r.message,
  )}${waivedTag} <span class="reqs">${esc(r.requirements.join(', '))} · ${r.level}</span></span></summary>
<div class="body">
<dl class="facts">${facts(r)}</dl>
<div class="timeline" data-index="${index}"><p class="muted">The trace is drawn when this check is opened.</p></div>
</div>
</details>`;
}

function facts(r: CheckResult): string {
  const out: string[] = [];
  const dd = (term: string, html: string, cls = '') =>
    out.push(`<dt>${term}</dt><dd${cls ? ` class="${cls}"` : ''}>${html}</dd>`);
  dd('Check', `${esc(r.title)} <span class="muted">(${esc(seconds(r.durationMs))})</span>`);
  for (const id of r.requirements) {
    if (!isRequirementId(id)) {
      dd('Requirement', `<b>${esc(id)}</b> <span class="muted">(not in the catalogue)</span>`);
      continue;
    }
    const q = requirement(id);
    dd(
      'Requirement',
      `<b>${q.id}</b> <span class="lvl">${q.level}</span> ${esc(q.text)}<div class="muted">Source: ${esc(
        sourceTitle(q.source.file),
      )}, § ${esc(q.source.section)}</div>`,
    );
  }
  if (r.expected === undefined && r.actual === undefined) dd('Finding', `<pre>${esc(r.message)}</pre>`);
  if (r.expected !== undefined) dd('Expected', `<pre>${esc(r.expected)}</pre>`, 'expected');
  if (r.actual !== undefined)
    dd('Actual', `<pre>${esc(r.actual)}</pre>`, r.verdict === 'pass' ? '' : 'actual');
  const v = r.variant;
  if (v) {
    dd(
      'Doc variant',
      `<div class="note">${esc(v.note)}<br><span class="muted">Seen <code>${esc(v.value)}</code>, reconciled form <code>${esc(
        v.reconciled,
      )}</code> (${esc(v.requirement)}: ${esc(v.verdict)}) · ${esc(sourceTitle(v.source.file))}, § ${esc(v.source.section)}</span></div>`,
    );
  }
  if (r.waived) {
    dd(
      'Waiver',
      `<div class="note">${esc(r.waived.reason)} <span class="muted">— ${esc(r.waived.owner)}, until ${esc(
        r.waived.expires,
      )}. The ${esc(r.verdict)} does not count against the run.</span></div>`,
    );
  }
  if (r.baseline) {
    const was = r.baseline.was
      ? `was <b>${esc(r.baseline.was)}</b>, now <b>${esc(r.verdict)}</b>`
      : 'not in the baseline';
    dd('Baseline', `<span class="chg chg-${r.baseline.change}">${r.baseline.change}</span> ${was}`);
  }
  if (r.evidence?.length) {
    dd(
      'Evidence',
      `events ${r.evidence.map((s) => `#${s}`).join(', ')}${r.pointer !== undefined ? `, member <code>${esc(r.pointer || '/')}</code>` : ''} (marked in the trace below)`,
    );
  }
  return out.join('');
}
