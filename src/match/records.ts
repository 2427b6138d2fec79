// The entries a search of the runtime form finds, as the popup lists them (search.ts ranks them there).

import type { ReadBefore } from '../index/memory';
import type { Found } from '../index/runtime';
import { roleShown } from '../index/schema';
import { readShown } from './card';
import type { SearchRecord } from './search';

/**
 * How sure an entry's attribution is, as the card reckons it (cardFor) but counting sources where the card
 * counts outlets, since a search reads no documents: its surest source naming its speaker, times the share of
 * the sources naming someone (a description names no one) that name that speaker; and whether any of them
 * names someone else.
 */
function attributionOf(entry: Found['entry']): { attribution: number; outletsDiffer: boolean } {
  if (!entry.speaker) return { attribution: 0, outletsDiffer: false };
  const speakerOf = (s: Found['entry']['sources'][number]) => ('speaker' in s ? s.speaker : entry.speaker);
  const naming = entry.sources.filter((s) => s.named && s.named.kind !== 'description' && speakerOf(s) !== null);
  const mine = naming.filter((s) => speakerOf(s) === entry.speaker);
  const sure = Math.max(...(mine.length > 0 ? mine : entry.sources).map((s) => s.confidence));
  return {
    attribution: naming.length > 0 && mine.length > 0 ? (sure * mine.length) / naming.length : sure,
    outletsDiffer: mine.length < naming.length,
  };
}

/** What the popup lists of an entry of index `indexId` that a search found. */
export function recordOf(indexId: string, { kind, entry, speaker, document: d }: Found): SearchRecord {
  return {
    ...attributionOf(entry),
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
