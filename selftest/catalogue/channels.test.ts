/** The channel table of src/channels.ts and the "Channels" table of spec/REQUIREMENTS.md agree. */
import { CHANNEL_TABLE, CHANNELS, isChannel } from '../../src/model/channels';
import { codeSpans, readSpec, section, tableRows } from './markdown';

const rows = tableRows(section(readSpec(), 'Channels'));

test('the spec table has one row per channel of the code', () => {
  expect(rows.map((r) => r[0])).toEqual([...CHANNELS]);
});

test.each(rows.map((r) => [r[0], r] as const))(
  '%s: collection, keys, messageType, topic, Accept parameters',
  (name, cells) => {
    expect(isChannel(name)).toBe(true);
    const row = CHANNEL_TABLE[name as keyof typeof CHANNEL_TABLE];
    const [, collection, resourceKey, messageType, topic, historyKey, accept] = cells;
    expect({
      collection: codeSpans(collection)[0],
      resourceKey: codeSpans(resourceKey)[0],
      messageType: codeSpans(messageType)[0],
      // "under /v2/me/* (name not documented)" is the spec's way of saying there is no topic name.
      topic: topic.includes('not documented') ? null : codeSpans(topic)[0],
      historyKey: codeSpans(historyKey)[0],
      saveLAR: codeSpans(accept).includes('saveLAR'),
    }).toEqual({
      collection: row.collection,
      resourceKey: row.resourceKey,
      messageType: row.messageType,
      topic: row.topic,
      historyKey: row.historyKey,
      saveLAR: row.saveLAR,
    });
    expect(codeSpans(accept)).toContain('nickname');
  },
);
