/** Session, Bayeux side (SES-3, SES-5): the agent's handshake, the notification envelope. */
import { CHANNELS, channelRow, findVariant } from '../../model/channels';
import { isObject, stateChangeOf } from '../../model/protocol';
import { SCENARIO } from '../../model/scenarios';
import type { Outcome } from '../../model/verdict';
import { faults, isMessageIn, meta } from '../lib/bayeux';
import { defineCheck } from '../lib/define';
import type { Check, CheckContext } from '../lib/framework';
import { timeoutNotes } from '../lib/notifications';
import { breach, combine, error, Halt, pass, quote } from '../lib/outcome';
import { requireScenario } from '../lib/query';

/** Resource keys (and their variants) of the other channels. */
const OTHER_KEYS = (ctx: CheckContext): string[] =>
  CHANNELS.filter((c) => c !== ctx.channel.name).flatMap((c) => {
    const row = channelRow(c);
    return [row.resourceKey, ...row.variants.filter((v) => v.field === 'resourceKey').map((v) => v.value)];
  });

const handshake = defineCheck({
  id: 'session/bayeux-handshake',
  requirements: ['SES-3'],
  title:
    'A long-polling Bayeux handshake on /api/v2/notifications and a subscription to /v2/me/* succeed for the agent.',
  scenarios: [SCENARIO.loginA],
  judge(ctx) {
    const rec = requireScenario(ctx, SCENARIO.loginA);
    const replies = meta(ctx, 'A', '/meta/handshake', 'in');
    const sub = meta(ctx, 'A', '/meta/subscribe', 'in').filter((e) =>
      [e.message.subscription].flat().includes('/v2/me/*'),
    );
    const why = () => {
      const f = faults(ctx, 'A')[0];
      const n = timeoutNotes(ctx, SCENARIO.loginA)[0];
      return f
        ? `Bayeux fault: ${f.message}`
        : n
          ? `timeout note: ${JSON.stringify(n.text)}`
          : 'no reply in the trace';
    };
    const hs = replies.find((e) => e.message.successful === true) ?? replies[0];
    if (hs === undefined && rec.status === 'error' && faults(ctx, 'A').length === 0) {
      throw new Halt(error(`${rec.id}: ${rec.reason ?? 'the scenario could not finish'}`));
    }
    if (hs === undefined || hs.message.successful !== true) {
      return breach('SES-3', 'The Bayeux handshake of the agent did not succeed.', {
        expected: '{"channel":"/meta/handshake","successful":true,...}',
        actual: hs ? quote(hs.message) : why(),
        evidence: hs ? [hs.seq] : [],
      });
    }
    const types = hs.message.supportedConnectionTypes;
    if (Array.isArray(types) && !types.includes('long-polling')) {
      return breach('SES-3', 'The handshake reply does not offer the long-polling transport.', {
        expected: 'supportedConnectionTypes containing "long-polling"',
        actual: quote(types),
        evidence: [hs.seq],
        pointer: '/supportedConnectionTypes',
      });
    }
    const ok = sub.find((e) => e.message.successful === true);
    if (ok === undefined) {
      return breach('SES-3', 'The subscription to /v2/me/* did not succeed.', {
        expected: '{"channel":"/meta/subscribe","subscription":"/v2/me/*","successful":true}',
        actual: sub[0] ? quote(sub[0].message) : why(),
        evidence: sub[0] ? [sub[0].seq] : [],
      });
    }
    return pass('Handshake (long-polling) and subscription to /v2/me/* succeeded.', {
      evidence: [hs.seq, ok.seq],
    });
  },
});

const envelope = defineCheck({
  id: 'session/notification-envelope',
  requirements: ['SES-5'],
  title:
    'Every notification has data.messageType and data.notificationType strings, and the resource object or messages array its type needs.',
  scenarios: [SCENARIO.loginA, SCENARIO.acceptFlow],
  judge(ctx) {
    const findings: Outcome[] = [];
    let count = 0;
    const topics = new Set<string>();
    for (const e of ctx.trace.events) {
      if (e.kind === 'bayeux-fault' && e.actor === 'A' && /json|parse|unexpected token/i.test(e.message)) {
        findings.push(
          breach('SES-5', 'A Bayeux message to the agent could not be read as JSON.', {
            expected: 'a JSON array of Bayeux messages',
            actual: e.message,
            evidence: [e.seq],
          }),
        );
      }
      if (!isMessageIn(e, 'A')) continue;
      count++;
      const data = e.message.data;
      const bad = (message: string, pointer: string) =>
        findings.push(
          breach('SES-5', message, {
            expected: '{"messageType":"...","notificationType":"...",...}',
            actual: quote(e.message),
            evidence: [e.seq],
            pointer,
          }),
        );
      if (!isObject(data)) {
        bad(`A notification on ${e.message.channel} has no data object.`, '/data');
        continue;
      }
      if (typeof data.messageType !== 'string')
        bad('A notification has no messageType string.', '/data/messageType');
      if (typeof data.notificationType !== 'string') {
        bad('A notification has no notificationType string.', '/data/notificationType');
      }
      if (data.messageType === 'MessageLogUpdated' && !Array.isArray(data.messages)) {
        bad('A MessageLogUpdated notification has no messages array.', '/data/messages');
      }
      const sc = stateChangeOf(data, ctx.channel);
      // A variant messageType (e.g. "test_accept ") on another channel's resource is not ours.
      const ours =
        data.messageType === ctx.channel.messageType ||
        (findVariant(ctx.channel, 'messageType', data.messageType) !== undefined &&
          !OTHER_KEYS(ctx).some((k) => isObject(data[k])));
      if (sc !== undefined) topics.add(e.message.channel);
      else if (ours)
        bad(
          `A ${quote(data.messageType)} notification carries no ${ctx.channel.resourceKey} object.`,
          '/data',
        );
    }
    if (count === 0 && findings.length === 0) {
      // Nothing offered, nothing to notify: the flow's own skip or error says why.
      const flow = requireScenario(ctx, SCENARIO.acceptFlow);
      if (flow.status === 'error')
        return error(`${flow.id}: ${flow.reason ?? 'the scenario could not finish'}`);
      return breach('SES-5', 'The agent received no notification at all.', {
        expected: 'notifications on /v2/me/*',
        actual: 'none in the trace',
      });
    }
    const topicText =
      topics.size > 0 ? `; ${ctx.channel.name} state changes on ${[...topics].join(', ')}` : '';
    const documented = ctx.channel.topic ? ` (documented topic: ${ctx.channel.topic})` : '';
    return combine(findings, pass(`${count} notifications, all well formed${topicText}${documented}.`));
  },
});

export const SES_BAYEUX_CHECKS: Check[] = [handshake, envelope];
