/** The customer side after Complete or Leave (CMP-2, LEV-2): customer events refused, the view ended. */
import type { RequirementId } from '../../model/requirements';
import type { Outcome } from '../../model/verdict';
import type { CheckContext } from './framework';
import { customerEventAnswer, requireView } from './lifecycle';
import { breach, pass, quote } from './outcome';

type Ending = 'lifecycle-complete' | 'lifecycle-leave';

/** The control API answers 409 to a customer event once the session is over. */
export function customerEventRefused(
  ctx: CheckContext,
  req: RequirementId,
  scenario: Ending,
  op: string,
): Outcome {
  const a = customerEventAnswer(ctx, scenario);
  const refused = a.status !== undefined ? a.status === 409 : !a.produced;
  if (refused)
    return pass(`After ${op}, the customer event was refused: ${a.text}.`, { evidence: a.evidence });
  return breach(req, `After ${op} the customer's session goes on: ${a.text}.`, {
    expected: 'HTTP 409 from POST /conformance/v1/interactions/{id}/messages',
    actual: a.text,
    evidence: a.evidence,
  });
}

/** The optional customer view says `ended`. */
export function customerViewEnded(
  ctx: CheckContext,
  req: RequirementId,
  scenario: Ending,
  op: string,
): Outcome {
  const view = requireView(ctx, scenario);
  if (view.state === 'ended') return pass(`After ${op} the customer view says state "ended".`);
  return breach(req, `After ${op} the customer view says state ${quote(view.state)}.`, {
    expected: '{"state":"ended",...}',
    actual: quote({ state: view.state }),
    pointer: '/state',
  });
}
