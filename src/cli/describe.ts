// A match as the CLI prints it: entry id, speaker with role, confidence, sources.

import { type IndexDocument, roleShown } from '../index/schema';
import type { Match } from '../match/matcher';

/** A speaker and role as one line: "Richard Downing, acting Deputy Assistant Attorney General". */
export function speakerLine(speaker: { name: string; role: string | null } | null): string {
  return speaker ? `${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}` : 'speaker unknown';
}

export function describeMatch(m: Match, docs: Map<string, IndexDocument>) {
  return {
    id: m.quote.id,
    text: m.quote.text,
    speaker: m.speaker ? { name: m.speaker.name, role: roleShown(m.quote, m.speaker) } : null,
    confidence: m.confidence,
    sources: m.quote.sources.map((s) => {
      const d = docs.get(s.doc)!;
      return {
        doc: d.id,
        file: d.file,
        publication: d.publication,
        headline: d.headline,
        date: d.date,
        url: d.url,
        sentence: s.sentence,
      };
    }),
  };
}
