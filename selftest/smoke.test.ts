import { CHANNELS } from '../src/channels';
import { REQUIREMENTS } from '../src/requirements';

test('the channel table and the catalogue load', () => {
  expect(CHANNELS).toEqual(['chat', 'sms', 'facebook']);
  expect(REQUIREMENTS.length).toBeGreaterThan(30);
});
