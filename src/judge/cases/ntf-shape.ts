/** Notifications after Accept, their content (NTF-2, NTF-3, NTF-4, NTF-9): capabilities, participants, referenceId. */
import { isObject } from '../../model/protocol';
import { SCENARIO } from '../../model/scenarios';
import type { Outcome } from '../../model/verdict';
import { validate } from '../../validate';
import { defineCheck } from '../lib/define';
import { acceptFlow } from '../lib/flow';
import type { Check } from '../lib/framework';
import { neverArrived, type Received } from '../lib/notifications';
import { breach, combine, issuesText, pass, quote } from '../lib/outcome';
import { chattingOrMissing } from './ntf-flow';

const capabilities = defineCheck({
  id: 'accept/chatting-capabilities',
  requirements: ['NTF-2'],
  title:
    'In the Chatting notification capabilities is an array of distinct strings without Accept or Reject.',
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const f = acceptFlow(ctx);
    const c = chattingOrMissing(ctx, f, 'NTF-2');
    if ('verdict' in c) return c;
    const caps = c.sc.resource.capabilities;
    const extra = { actual: quote(caps), evidence: [c.ev.seq], pointer: `/${c.sc.key}/capabilities` };
    const expected = 'an array of distinct strings without "Accept" or "Reject"';
    if (!Array.isArray(caps) || caps.some((x) => typeof x !== 'string')) {
      return breach('NTF-2', 'The Chatting capabilities are not an array of strings.', {
        expected,
        ...extra,
      });
    }
    const dup = caps.find((x, i) => caps.indexOf(x) !== i);
    if (dup !== undefined) {
      return breach('NTF-2', `The Chatting capabilities list ${quote(dup)} twice.`, { expected, ...extra });
    }
    const stale = caps.filter((x) => x === 'Accept' || x === 'Reject');
    if (stale.length > 0) {
      return breach('NTF-2', `The Chatting capabilities still contain ${stale.join(' and ')}.`, {
        expected,
        ...extra,
      });
    }
    return pass(`${caps.length} distinct capabilities, no Accept or Reject.`, { evidence: [c.ev.seq] });
  },
});

const EXPECTED_CAPS = [
  'SendMessage',
  'Complete',
  'Leave',
  'Transfer',
  'SendStartTypingNotification',
  'SendStopTypingNotification',
];

const capabilitySet = defineCheck({
  id: 'accept/chatting-capability-set',
  requirements: ['NTF-3'],
  title:
    'The Chatting capabilities contain SendMessage, Complete, Leave, Transfer, the two typing notifications, and InFocus or SetInFocus.',
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const f = acceptFlow(ctx);
    const c = chattingOrMissing(ctx, f, 'NTF-3');
    if ('verdict' in c) return c;
    const caps = c.sc.resource.capabilities;
    const list = Array.isArray(caps) ? caps : [];
    const focus = ['InFocus', 'SetInFocus'].filter((x) => list.includes(x));
    const lacking = EXPECTED_CAPS.filter((x) => !list.includes(x));
    if (focus.length === 0) lacking.push('InFocus or SetInFocus');
    if (lacking.length > 0) {
      return breach('NTF-3', `The Chatting capabilities lack ${lacking.join(', ')}.`, {
        expected: quote([...EXPECTED_CAPS, 'InFocus|SetInFocus']),
        actual: quote(caps),
        evidence: [c.ev.seq],
        pointer: `/${c.sc.key}/capabilities`,
      });
    }
    return pass(`All expected capabilities present (focus capability: ${focus.join(', ')}).`, {
      evidence: [c.ev.seq],
    });
  },
});

const participants = defineCheck({
  id: 'accept/participants',
  requirements: ['NTF-4'],
  title:
    'A ParticipantsUpdated lists the Agent with the Accept nickname and the Customer; every participant has type, nickname and participantId strings.',
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const f = acceptFlow(ctx);
    const p = f.participants;
    if (p === undefined)
      return neverArrived(
        ctx,
        'NTF-4',
        f.scenario,
        `A ParticipantsUpdated for ${f.id}`,
        f.accept,
        'ParticipantsUpdated',
      );
    const list = p.sc.resource.participants;
    const evidence = [p.ev.seq];
    const pointer = `/${p.sc.key}/participants`;
    if (!Array.isArray(list)) {
      return breach('NTF-4', 'The ParticipantsUpdated resource has no participants array.', {
        expected: '"participants":[{"type","nickname","participantId"},...]',
        actual: quote(p.sc.resource),
        evidence,
        pointer,
      });
    }
    const findings: Outcome[] = [];
    list.forEach((x, i) => {
      const issues = validate('resources/participant', x);
      if (issues.length > 0) {
        findings.push(
          breach('NTF-4', `Participant ${i} does not validate: ${issuesText(issues)}`, {
            expected: '{"type":"...","nickname":"...","participantId":"..."}',
            actual: quote(x),
            evidence,
            pointer: `${pointer}/${i}${issues[0].pointer}`,
          }),
        );
      }
    });
    const who = (type: string, nickname: string | undefined) =>
      list.some((x) => isObject(x) && x.type === type && (nickname === undefined || x.nickname === nickname));
    for (const [type, nick] of [
      ['Agent', f.nickname],
      ['Customer', f.customer],
    ] as const) {
      if (!who(type, nick)) {
        findings.push(
          breach(
            'NTF-4',
            `The participants include no ${type}${nick ? ` with nickname ${quote(nick)}` : ''}.`,
            {
              expected: `{"type":"${type}","nickname":${quote(nick ?? '...')},...}`,
              actual: quote(list),
              evidence,
              pointer,
            },
          ),
        );
      }
    }
    return combine(
      findings,
      pass(`Participants: ${quote(list.map((x) => (isObject(x) ? `${x.type} ${x.nickname}` : x)))}.`, {
        evidence,
      }),
    );
  },
});

const referenceId = defineCheck({
  id: 'accept/reference-id',
  requirements: ['NTF-9'],
  title: 'referenceId, where present, is an integer (its presence is recorded).',
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const f = acceptFlow(ctx);
    const named: [string, Received | undefined][] = [
      ['offer', f.offer],
      ['StatusChange(Chatting)', f.chatting],
      ['ParticipantsUpdated', f.participants],
      ['NewMessages', f.history],
    ];
    const present = named.filter(([, r]) => r !== undefined && 'referenceId' in r.data) as [
      string,
      Received,
    ][];
    const bad = present.find(([, r]) => !Number.isInteger(r.data.referenceId));
    if (bad !== undefined) {
      return breach('NTF-9', `The ${bad[0]} notification's referenceId is not an integer.`, {
        expected: '"referenceId":<integer>',
        actual: quote(bad[1].data.referenceId),
        evidence: [bad[1].ev.seq],
        pointer: '/referenceId',
      });
    }
    const seen = named.filter(([, r]) => r !== undefined);
    const text = seen
      .map(
        ([n, r]) =>
          `${n} ${r && 'referenceId' in r.data ? `referenceId ${quote(r.data.referenceId)}` : 'none'}`,
      )
      .join(', ');
    return pass(`referenceId: ${text || 'no Accept notification arrived'}.`);
  },
});

export const NTF_SHAPE_CHECKS: Check[] = [capabilities, capabilitySet, participants, referenceId];
