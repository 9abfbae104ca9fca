/**
 * The h2spec-style account of one result, in plain text: Requirement / Expected / Actual, then the
 * documentation variant and the waiver. JUnit bodies and the terminal summary both print it.
 */
import { isRequirementId, requirement } from './requirements';
import { sourceTitle } from './sources';
import type { CheckResult } from './verdict';

export function requirementLines(result: CheckResult): string[] {
  return result.requirements.map((id) => {
    if (!isRequirementId(id)) return `Requirement: ${id}`;
    const req = requirement(id);
    return `Requirement: ${id} ${req.level} ${req.text}`;
  });
}

export function explain(result: CheckResult): string[] {
  const lines = requirementLines(result);
  if (result.expected !== undefined) lines.push(`Expected: ${result.expected}`);
  if (result.actual !== undefined) lines.push(`Actual: ${result.actual}`);
  if (result.expected === undefined && result.actual === undefined) lines.push(`Actual: ${result.message}`);
  const v = result.variant;
  if (v) {
    lines.push(
      `Documentation variant: ${v.note} (${sourceTitle(v.source.file)}, ${v.source.section}; reconciled form: ${v.reconciled})`,
    );
  }
  if (result.waived) lines.push(waiverLine(result.waived));
  return lines;
}

export function waiverLine(w: NonNullable<CheckResult['waived']>): string {
  return `WAIVED: ${w.reason} (${w.owner}, until ${w.expires})`;
}
