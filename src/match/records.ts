// The entries a search of the runtime form finds, as the popup lists them (search.ts ranks them there).

import type { Found } from '../index/runtime';
import { roleShown } from '../index/schema';
import type { SearchRecord } from './search';

/** What the popup lists of an entry of index `indexId` that a search found. */
export function recordOf(indexId: string, { kind, entry, speaker, document: d }: Found): SearchRecord {
  return {
    id: `${indexId}:${entry.id}`,
    paraphrase: kind === 'paraphrase',
    text: entry.text,
    speaker: speaker?.name ?? '',
    aliases: speaker?.aliases ?? [],
    role: roleShown(entry, speaker) ?? '',
    source: [d?.publication, d?.headline, d?.date].filter(Boolean).join(' · '),
    speakerId: speaker ? `${indexId}:${speaker.id}` : '',
    outlet: d?.publication ?? null,
    date: d?.date ?? null,
  };
}
