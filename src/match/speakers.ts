// Whether the speaker an article names is the index's speaker, under any of the names the index knows.

import type { IndexSpeaker } from '../index/schema';
import { foldName } from '../text/normalize';

export function sameSpeaker(named: string, speaker: IndexSpeaker): boolean {
  const parts = foldName(named);
  if (parts.length === 0) return false;
  const key = parts.join(' ');
  for (const name of [speaker.name, ...speaker.aliases]) {
    const other = foldName(name);
    if (other.join(' ') === key) return true;
    // A surname alone, or a name with a title before it, agrees with the full name it ends.
    const [shorter, longer] = parts.length <= other.length ? [parts, other] : [other, parts];
    if (shorter.length > 0 && longer.slice(-shorter.length).join(' ') === shorter.join(' ') && speaker.kind === 'person') return true;
  }
  return false;
}
