/** `--only=PATTERN`: a glob over check ids (with or without the channel) and requirement ids. */
import picomatch from 'picomatch';
import type { Channel } from '../model/channels';
import type { Check } from './lib/framework';

export function onlyMatcher(pattern: string | undefined): (check: Check, channel?: Channel) => boolean {
  if (!pattern) return () => true;
  const only = picomatch(pattern);
  return (check, channel) =>
    only(check.id) ||
    (channel !== undefined && only(`${channel}/${check.id}`)) ||
    check.requirements.some((r) => only(r));
}
