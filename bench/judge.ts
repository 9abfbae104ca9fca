/**
 * Figure 5: judging a stored trace whose accept-flow history holds 10,000 messages, in process.
 * Times `judgeChannel` alone (the trace is read and inflated first), median of several runs after
 * one warm-up that also compiles the schemas; each run judges its own copy of the trace.
 */
import { readFileSync } from 'node:fs';
import { judgeChannel } from '../src/judge/judge';
import type { ChannelTrace, TraceFile } from '../src/model/trace';
import type { CheckResult } from '../src/model/verdict';
import { median } from './child';
import { inflateHistory } from './inflate';

export interface JudgeFigure {
  medianMs: number;
  runsMs: number[];
  channel: string;
  historyMessages: number;
  events: number;
  /** Verdict counts before and after inflating: the judge took its usual paths, not a short cut. */
  verdicts: { original: string; inflated: string };
}

const count = (results: CheckResult[]) =>
  Object.entries(
    results.reduce<Record<string, number>>((acc, r) => {
      acc[r.verdict] = (acc[r.verdict] ?? 0) + 1;
      return acc;
    }, {}),
  )
    .map(([v, n]) => `${n} ${v}`)
    .join(', ');

export function benchJudge(traceFile: string, total: number, runs: number): JudgeFigure {
  const stored = JSON.parse(readFileSync(traceFile, 'utf8')) as TraceFile;
  const original = stored.channels.chat;
  if (!original) throw new Error(`${traceFile} has no chat channel`);
  const trace = structuredClone(original) as ChannelTrace;
  const { size } = inflateHistory(trace, total);
  const before = count(judgeChannel(original));
  const after = count(judgeChannel(trace));
  // A fresh copy each run: the judge parses a trace once and keeps that for its checks.
  const copies = Array.from({ length: runs }, () => structuredClone(trace));
  const runsMs: number[] = [];
  for (const copy of copies) {
    const t = performance.now();
    judgeChannel(copy);
    runsMs.push(performance.now() - t);
  }
  return {
    medianMs: median(runsMs),
    runsMs,
    channel: trace.channel,
    historyMessages: size,
    events: trace.events.length,
    verdicts: { original: before, inflated: after },
  };
}
