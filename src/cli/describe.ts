// A match as the CLI prints it: entry id, speaker with role, confidence, sources.

import type { IndexDocument } from '../index/schema';
import type { Match } from '../match/matcher';

export function describeMatch(m: Match, docs: Map<string, IndexDocument>) {
  const role = m.quote.sources.find((s) => s.role)?.role ?? m.speaker?.roles[0] ?? null;
  return {
    id: m.quote.id,
    text: m.quote.text,
    speaker: m.speaker ? { name: m.speaker.name, role } : null,
    confidence: m.confidence,
    sources: m.quote.sources.map((s) => {
      const d = docs.get(s.doc)!;
      return { doc: d.id, file: d.file, publication: d.publication, headline: d.headline, date: d.date, url: d.url, sentence: s.sentence };
    }),
  };
}
