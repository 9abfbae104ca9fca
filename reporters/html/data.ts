/**
 * The data the page's script needs, embedded once: every channel's events, and for each result the
 * seq numbers of the events its timeline shows. Timelines are drawn from it only when a detail is
 * opened, so a trace of 10,000 events costs one JSON.parse, not 10,000 DOM nodes at load.
 */
import { CHANNELS, type Channel, channelRow } from '../../src/model/channels';
import { interactionIdOf, notificationData } from '../../src/model/protocol';
import type { RunReport } from '../../src/model/report';
import type { ChannelTrace, TraceEvent, TraceFile } from '../../src/model/trace';
import type { CheckResult } from '../../src/model/verdict';
import { isLifecycleView, operationSections, type Section } from './operations';

export interface ResultView {
  /** Key of `events` the seq numbers refer to, null when no trace holds this result's events. */
  channel: Channel | null;
  seqs: number[];
  evidence: number[];
  pointer?: string;
  /** Scenarios the timeline covers (shown above it). */
  scenarios: string[];
  /** Lifecycle checks: `seqs` grouped by operation, each section starting at its index. */
  sections?: Section[];
}

export interface PageData {
  events: Partial<Record<Channel, TraceEvent[]>>;
  results: ResultView[];
}

export function pageData(report: RunReport): PageData {
  const events: PageData['events'] = {};
  for (const c of CHANNELS) {
    const trace = report.trace.channels[c];
    if (trace) events[c] = trace.events;
  }
  return { events, results: report.results.map((r) => resultView(r, report)) };
}

function resultView(result: CheckResult, report: RunReport): ResultView {
  const evidence = result.evidence ?? [];
  const named = result.scenarios;
  const trace = traceFor(result, report.trace, named);
  if (!trace) return { channel: null, seqs: [], evidence, pointer: result.pointer, scenarios: named };
  // A result that names no scenario shows the scenarios of its evidence.
  const scenarios = named.length > 0 ? named : scenariosOfEvidence(trace, evidence);
  const seqs = timelineSeqs(trace, new Set(scenarios), new Set(evidence));
  const view = { channel: trace.channel, seqs, evidence, pointer: result.pointer, scenarios };
  return isLifecycleView(scenarios) ? { ...view, ...operationSections(trace, seqs) } : view;
}

/** The result's channel trace; a channel-less result uses the first trace that ran its scenarios. */
function traceFor(result: CheckResult, trace: TraceFile, scenarios: string[]): ChannelTrace | undefined {
  if (result.channel) return trace.channels[result.channel];
  return CHANNELS.map((c) => trace.channels[c]).find((t) =>
    t?.scenarios.some((s) => scenarios.includes(s.id)),
  );
}

function scenariosOfEvidence(trace: ChannelTrace, evidence: number[]): string[] {
  const wanted = new Set(evidence);
  const names = trace.events.filter((e) => wanted.has(e.seq) && e.scenario).map((e) => e.scenario!);
  return [...new Set(names)];
}

/**
 * A check's timeline: the events of its scenarios, plus what belongs to no scenario but happened
 * while they ran and concerns them (notifications about their interactions, faults, notes), plus
 * the evidence wherever it is. Bayeux meta traffic outside the scenarios (long polls) is left out
 * unless it reports a failure.
 */
export function timelineSeqs(trace: ChannelTrace, scenarios: Set<string>, evidence: Set<number>): number[] {
  const records = trace.scenarios.filter((s) => scenarios.has(s.id));
  const ids = new Set(records.map((s) => s.facts.interactionId).filter((id): id is string => !!id));
  const during = (t: number) => records.some((s) => t >= s.startedAt && t <= s.endedAt);
  const row = channelRow(trace.channel);
  const relevant = (e: TraceEvent): boolean => {
    if (e.scenario !== undefined) return scenarios.has(e.scenario);
    if (!during(e.t)) return false;
    if (e.kind === 'bayeux') {
      const data = notificationData(e);
      if (!data) return e.message.successful === false;
      if (ids.size === 0) return true;
      // Agents get every channel's notifications: keep those about this scenario's interaction only.
      // One this channel cannot read (another channel's, a keyless history) is kept if it names the id.
      const id = interactionIdOf(data, row);
      if (id !== undefined) return ids.has(id);
      const text = JSON.stringify(data);
      return [...ids].some((known) => text.includes(known));
    }
    return true;
  };
  return trace.events
    .filter((e) => evidence.has(e.seq) || relevant(e))
    .sort((a, b) => a.t - b.t || a.seq - b.seq)
    .map((e) => e.seq);
}
