// Whether the speaker an article names is the index's speaker, under any of the names the index knows.

import type { IndexSpeaker } from '../index/schema';
import { foldName, samePersonName } from '../text/names';

export function sameSpeaker(named: string, speaker: IndexSpeaker): boolean {
  const parts = foldName(named);
  const key = parts.join(' ');
  return [speaker.name, ...speaker.aliases].some((name) => {
    const other = foldName(name);
    return other.length > 0 && (other.join(' ') === key || (speaker.kind === 'person' && samePersonName(parts, other)));
  });
}
