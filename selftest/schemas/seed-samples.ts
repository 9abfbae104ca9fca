/**
 * The JSON samples of the five seed pages (vendored in spec/seed-docs/), with the page's own syntax
 * slips mended. Every mend is listed here, one entry per slip; nothing else touches the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel, DocVariant, VariantField } from '../../src/model/channels';
import type { SchemaName } from '../../src/validate';

type Verdict = DocVariant['verdict'];

export const SEED_DIR = join(__dirname, '..', '..', 'spec', 'seed-docs');

export const SMS_PAGE = '000_69952084d6cb1c22.txt';
export const CHAT_PDF = '001_bfa8c9a2e16e1f14.txt';
export const CHAT_HTML = '002_33ced99414d36d03.txt';
export const SMS_RESOURCE = '003_8351937f05c82431.txt';
export const FB_PAGE = '004_4456e52e95c98dac.txt';
export const SEED_FILES = [SMS_PAGE, CHAT_PDF, CHAT_HTML, SMS_RESOURCE, FB_PAGE];

export interface Mend {
  file: string;
  /** Text that occurs exactly once in the page. */
  find: string;
  replace: string;
  what: string;
  why: string;
}

const PAGE_BREAK =
  'PDF page-break debris: the page break closed the code block and opened a new one mid-sample';
const TRAILING_COMMA = 'a trailing comma is not JSON (REQUIREMENTS.md, Known documentation variants)';

export const MENDS: Mend[] = [
  {
    file: SMS_PAGE,
    find: '    {\n\n```\n\n```\n    "index": 6,',
    replace: '    {\n    "index": 6,',
    what: 'join the two halves of the history sample at message 6',
    why: PAGE_BREAK,
  },
  {
    file: SMS_PAGE,
    find: '"2014-01-02T14:23:20.171-0800"  \n  },  \n  ],',
    replace: '"2014-01-02T14:23:20.171-0800"  \n  }  \n  ],',
    what: 'drop the comma after the last message of the history',
    why: TRAILING_COMMA,
  },
  {
    file: CHAT_PDF,
    find: '"nickname": "Marat",\n\n```\n\nAccept\n\n---\n\n```\n        "participantId"',
    replace: '"nickname": "Marat",\n        "participantId"',
    what: 'join the two halves of the ParticipantsUpdated sample (and drop the running header "Accept ---")',
    why: PAGE_BREAK,
  },
  {
    file: CHAT_PDF,
    find: '"index": 5,\n```\n\n```\n    "type": "Text"',
    replace: '"index": 5,\n    "type": "Text"',
    what: 'join the two halves of the history sample at message 5',
    why: PAGE_BREAK,
  },
  {
    file: CHAT_HTML,
    find: '"nickname":agent-nickname-to-be-displayed-in-chat',
    replace: '"nickname":"agent-nickname-to-be-displayed-in-chat"',
    what: 'quote the nickname of the Accept request',
    why: 'an unquoted value is not JSON; 001 (the same page as PDF) quotes it',
  },
  {
    file: SMS_RESOURCE,
    find: 'GET /api/v2/me/smssessions?fields=*\n',
    replace: 'GET /api/v2/me/smssessions?fields=*\n{"statusCode": 0, "smssessions": [{\n',
    what: 'open the response body, the smssessions array and the resource around the listed members',
    why: 'the sample shows only the members of one resource; the body RES-1 documents is cut off',
  },
  {
    file: SMS_RESOURCE,
    find: '"nickname": "PersonP"\n',
    replace: '"nickname": "PersonP",\n',
    what: 'add the comma after the Customer nickname',
    why: 'a missing comma between members is not JSON',
  },
  {
    file: SMS_RESOURCE,
    find: '"participantId": "009052BDEE39003C"\n           "capabilities"',
    replace: '"participantId": "009052BDEE39003C"\n}],\n           "capabilities"',
    what: 'close the Customer participant and the participants array',
    why: 'the closing brace, bracket and comma are missing',
  },
  {
    file: SMS_RESOURCE,
    find: '"Consult"\n',
    replace: '"Consult"\n],\n',
    what: 'close the capabilities array',
    why: 'the closing bracket and comma are missing',
  },
  {
    file: SMS_RESOURCE,
    find: '"userData": {\n}\n',
    replace: '"userData": {\n}\n}]}\n',
    what: 'close the resource, the smssessions array and the response body',
    why: 'the sample stops after userData; the closing of what the first mend opened is missing',
  },
  {
    file: SMS_RESOURCE,
    find: '```\n{\n                 "index": 2,',
    replace: '```\n{"statusCode": 0, "messages": [\n{\n                 "index": 2,',
    what: 'open the response body and the messages array before message 2',
    why: 'the messages sample starts inside the list; the body MSG-1 documents is cut off',
  },
  {
    file: SMS_RESOURCE,
    find: '"timestamp": "2013-12-27T13:16:41.187-0800"\n      ]',
    replace: '"timestamp": "2013-12-27T13:16:41.187-0800"\n}\n      ]',
    what: 'close message 4',
    why: 'the closing brace of the last message is missing',
  },
  {
    file: FB_PAGE,
    find: '"NewMessages",\n```\n\n```\n"messages"',
    replace: '"NewMessages",\n"messages"',
    what: 'join the history sample at "messages"',
    why: PAGE_BREAK,
  },
  {
    file: FB_PAGE,
    find: '"nickname": "Marat",\n```\n\n```\n        "participantId"',
    replace: '"nickname": "Marat",\n        "participantId"',
    what: 'join the history sample inside message 6',
    why: PAGE_BREAK,
  },
  {
    file: FB_PAGE,
    find: '"2014-01-02T14:23:20.171-0800"\n    },\n    ],',
    replace: '"2014-01-02T14:23:20.171-0800"\n    }\n    ],',
    what: 'drop the comma after the last message of the history',
    why: TRAILING_COMMA,
  },
  {
    file: FB_PAGE,
    find: '/facebooksessions/0000Na9B26EF002X"\n  }\n}\n',
    replace: '/facebooksessions/0000Na9B26EF002X"\n}\n',
    what: 'drop the extra closing brace after facebooksessionUri',
    why: 'one brace too many: the history object is opened once and closed twice',
  },
];

/** What each sample of a page is, in page order. */
export interface ExpectedSample {
  schema: SchemaName;
  channel: Channel;
  /** Documentation variants the sample uses, with the table's verdict, in the order stateChangeOf reports them. */
  variants?: { field: VariantField; value: string; verdict: Verdict }[];
}

const SMS_KEY = { field: 'resourceKey', value: 'smsession', verdict: 'warn' } as const;
const FB_KEY = { field: 'resourceKey', value: 'facebooksessions', verdict: 'warn' } as const;
const FB_TYPE = {
  field: 'messageType',
  value: 'facebooksessionStateChangeMessage',
  verdict: 'warn',
} as const;

const acceptPage = (channel: Channel, request: SchemaName): ExpectedSample[] => [
  { schema: request, channel },
  { schema: 'responses/success', channel },
  { schema: `notifications/state-change-${channel}`, channel },
  { schema: `notifications/state-change-${channel}`, channel },
  { schema: `notifications/message-log-${channel}`, channel },
];

const withVariants = (samples: ExpectedSample[], sc1: ExpectedSample['variants'], sc2: typeof sc1) =>
  samples.map((s, i) => (i === 2 ? { ...s, variants: sc1 } : i === 3 ? { ...s, variants: sc2 } : s));

export const EXPECTED_SAMPLES: Record<string, ExpectedSample[]> = {
  [SMS_PAGE]: withVariants(
    acceptPage('sms', 'requests/accept'),
    [SMS_KEY, { field: 'messageType', value: 'test_accept ', verdict: 'fail' }],
    [SMS_KEY],
  ),
  [CHAT_PDF]: acceptPage('chat', 'requests/accept'),
  [CHAT_HTML]: acceptPage('chat', 'requests/accept'),
  [SMS_RESOURCE]: [
    { schema: 'responses/collection-sms', channel: 'sms' },
    { schema: 'responses/messages', channel: 'sms' },
  ],
  [FB_PAGE]: withVariants(
    acceptPage('facebook', 'requests/accept-facebook'),
    [FB_KEY, FB_TYPE],
    [FB_KEY, FB_TYPE],
  ),
};

export function readPage(file: string): string {
  return readFileSync(join(SEED_DIR, file), 'utf8');
}

/** The page with the given mends applied; a mend whose text is not found exactly once throws. */
export function mendPage(file: string, text: string, mends: readonly Mend[]): string {
  let mended = text;
  for (const mend of mends.filter((m) => m.file === file)) {
    const count = mended.split(mend.find).length - 1;
    if (count !== 1) throw new Error(`${file}: mend "${mend.what}" matches ${count} times`);
    mended = mended.replace(mend.find, () => mend.replace);
  }
  return mended;
}

export interface Sample {
  file: string;
  /** `GET /path` or `POST path` written above the JSON, if the page has one. */
  requestLine?: string;
  text: string;
}

const REQUEST_LINE = /^((?:GET|POST|PUT|DELETE) \S+)\n/;

/** The JSON samples of a page: its code blocks, or (for the HTML page, which has none) its `{` lines. */
export function samplesOf(file: string, text: string): Sample[] {
  const blocks = text.includes('```')
    ? [...text.matchAll(/```\n([\s\S]*?)\n?```/g)].map((m) => m[1])
    : text.split('\n').filter((line) => line.trimStart().startsWith('{'));
  return blocks.map((block) => {
    const request = REQUEST_LINE.exec(block);
    return request
      ? { file, requestLine: request[1], text: block.slice(request[0].length) }
      : { file, text: block };
  });
}

export function mendedSamples(file: string, mends: readonly Mend[] = MENDS): Sample[] {
  return samplesOf(file, mendPage(file, readPage(file), mends));
}
