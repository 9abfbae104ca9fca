import { CHANNELS } from '../src/model/channels';
import { REQUIREMENTS } from '../src/model/requirements';

test('the channel table and the catalogue load', () => {
  expect(CHANNELS).toEqual(['chat', 'sms', 'facebook']);
  expect(REQUIREMENTS.length).toBeGreaterThan(30);
});
