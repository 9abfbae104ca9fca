/**
 * The Accept flow at a glance, per channel: the `accept` request of scenario `accept-flow` and
 * every notification about that interaction in arrival order, beside the order NTF-6 expects.
 */
import { CHANNELS, type ChannelRow, channelRow } from '../../src/model/channels';
import {
  historyOf,
  interactionIdOf,
  isObject,
  type Json,
  notificationData,
  senderNickname,
  stateChangeOf,
} from '../../src/model/protocol';
import type { RunReport } from '../../src/model/report';
import { SCENARIO } from '../../src/model/scenarios';
import type { ChannelTrace, HttpEvent } from '../../src/model/trace';
import { esc } from './escape';

const EXPECTED = ['StatusChange (Chatting)', 'ParticipantsUpdated', 'NewMessages (history)'];

interface Row {
  t: number;
  seq: number;
  label: string;
  /** Secondary text (the messageType). */
  detail?: string;
  /** 1-3: the expected notification this is (after sorting: its first arrival only). */
  step?: number;
  request?: boolean;
}

export function acceptSequences(report: RunReport): string {
  const cards = CHANNELS.flatMap((c) => {
    const trace = report.trace.channels[c];
    return trace ? [card(trace, report)] : [];
  });
  if (cards.length === 0) return '';
  return `<h2 id="sequence-title">Accept flow, as seen on the wire</h2>
<p class="lead">Scenario <code>${SCENARIO.acceptFlow}</code>: the Accept request and the notifications about the accepted interaction, in arrival order. Times are from the Accept request.</p>
<div class="seqs">${cards.join('')}</div>`;
}

function card(trace: ChannelTrace, report: RunReport): string {
  const row = channelRow(trace.channel);
  const scenario = trace.scenarios.find((s) => s.id === SCENARIO.acceptFlow);
  const accept = trace.events.find(
    (e): e is HttpEvent => e.kind === 'http' && e.scenario === SCENARIO.acceptFlow && e.step === 'accept',
  );
  const id = scenario?.facts.interactionId;
  const title = `<h3>${esc(trace.channel)}${id ? ` <span class="muted mono">${esc(id)}</span>` : ''}</h3>`;
  if (!scenario || !accept || !id) {
    const why = scenario?.reason ?? 'the accept-flow scenario did not reach its Accept request';
    return `<div class="card seq" data-channel="${trace.channel}">${title}<p class="muted">${esc(why)}</p></div>`;
  }
  const rows = observed(trace, row, id, scenario.facts.customerNickname, accept);
  const firsts = rows.filter((r) => r.step !== undefined).map((r) => r.step!);
  const inOrder = firsts.length === 3 && firsts.every((s, i) => s === i + 1);
  const verdict = inOrder
    ? '<span class="v v-pass">in order</span>'
    : firsts.length < 3
      ? `<span class="v v-fail">missing</span> ${esc(EXPECTED.filter((_, i) => !firsts.includes(i + 1)).join(', '))}`
      : '<span class="v v-fail">out of order</span>';
  const ntf6 = report.results.find(
    (r) => r.channel === trace.channel && r.requirements.some((q) => q === 'NTF-6'),
  );
  const link = ntf6 ? ` · <a href="#check=${esc(ntf6.id)}" data-check="${esc(ntf6.id)}">NTF-6 check</a>` : '';
  // A step is in place when it is the n-th expected notification to arrive first.
  const placed = (step: number) => firsts.indexOf(step) === step - 1;
  const table = rows
    .map((r) => {
      const mark = r.step ? `<span class="step${placed(r.step) ? '' : ' bad'}">${r.step}</span>` : '';
      const detail = r.detail ? ` <span class="muted">${esc(r.detail)}</span>` : '';
      const full = r.detail ? `${r.label} · ${r.detail}` : r.label;
      return `<tr${r.request ? ' class="req"' : ''} data-seq="${r.seq}"><td class="t">${esc(relative(r.t - accept.t))}</td><td class="s">${mark}</td><td class="what" title="${esc(full)}">${esc(r.label)}${detail}</td></tr>`;
    })
    .join('');
  return `<div class="card seq" data-channel="${trace.channel}">${title}
<div class="expected"><b>Expected</b> ${EXPECTED.map((e, i) => `<span><span class="step">${i + 1}</span> ${esc(e)}</span>`).join(' → ')}</div>
<table class="observed">${table}</table>
<div class="verdict">Order: ${verdict}${link}</div></div>`;
}

function observed(
  trace: ChannelTrace,
  row: ChannelRow,
  id: string,
  customer: string | undefined,
  accept: HttpEvent,
): Row[] {
  const status = accept.response ? `HTTP ${accept.response.status}` : (accept.error ?? 'no response');
  const rows: Row[] = [
    { t: accept.t, seq: accept.seq, label: `${accept.request.method} Accept → ${status}`, request: true },
  ];
  for (const e of trace.events) {
    const data = notificationData(e);
    if (!data || !concerns(data, row, id, customer)) continue;
    const step = stepOf(data, row, e.t >= accept.t);
    rows.push({
      t: e.t,
      seq: e.seq,
      label: describe(data, row),
      detail: String(data.messageType ?? '?'),
      step,
    });
  }
  rows.sort((a, b) => a.t - b.t || a.seq - b.seq);
  // Only the first arrival of each expected notification is numbered; repeats are NTF-7's business.
  const seen = new Set<number>();
  for (const r of rows) {
    if (r.step === undefined) continue;
    if (seen.has(r.step)) r.step = undefined;
    else seen.add(r.step);
  }
  return rows;
}

function concerns(data: Json, row: ChannelRow, id: string, customer: string | undefined): boolean {
  const found = interactionIdOf(data, row);
  if (found !== undefined) return found === id;
  const history = historyOf(data, row);
  return !!history && !!customer && history.messages.some((m) => senderNickname(m) === customer);
}

function stepOf(data: Json, row: ChannelRow, afterAccept: boolean): number | undefined {
  if (!afterAccept) return undefined;
  const change = stateChangeOf(data, row);
  if (change?.notificationType === 'StatusChange' && change.resource.state === 'Chatting') return 1;
  if (change?.notificationType === 'ParticipantsUpdated') return 2;
  if (historyOf(data, row) && data.notificationType === 'NewMessages') return 3;
  return undefined;
}

function describe(data: Json, row: ChannelRow): string {
  const change = stateChangeOf(data, row);
  const state = change && isObject(change.resource) && typeof change.resource.state === 'string';
  const history = historyOf(data, row);
  const parts = [String(data.notificationType ?? '?')];
  if (state) parts.push(`(${change.resource.state})`);
  if (history) parts.push(`${history.messages.length} message${history.messages.length === 1 ? '' : 's'}`);
  return parts.join(' ');
}

function relative(ms: number): string {
  return `${ms >= 0 ? '+' : '−'}${Math.abs(Math.round(ms))} ms`;
}
