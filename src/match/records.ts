// The entries a search of the runtime form finds, as the popup lists them (search.ts ranks them there).

import type { ReadBefore } from '../index/memory';
import type { Found } from '../index/runtime';
import { roleShown } from '../index/schema';
import { readShown } from './card';
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

/**
 * What the popup lists of a quotation the reading memory found (index id `indexId`): where the reader read
 * it ("You read this in The Daily Ledger, 12 Oct 2016"); its speaker opens no list of their own, which is
 * an index's.
 */
export function readRecord(indexId: string, found: Found, read: ReadBefore | null): SearchRecord {
  const record = recordOf(indexId, found);
  return { ...record, speakerId: '', source: read ? readShown(read) : record.source };
}
