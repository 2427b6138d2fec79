// A match as the CLI prints it: entry id, speaker with role, confidence, sources.

import { type IndexDocument, roleShown } from '../index/schema';
import { byDate, firstReport } from '../match/card';
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
    sources: sourcesOf(m, docs),
  };
}

/** The sources as the card orders them: by date, the earliest marked as the first report where it is one. */
function sourcesOf(m: Match, docs: Map<string, IndexDocument>) {
  const sources = byDate(
    m.quote.sources.map((s) => {
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
  );
  const first = firstReport(sources);
  return sources.map((s) => ({ ...s, firstReport: s === first }));
}
