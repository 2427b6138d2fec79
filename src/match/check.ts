// Checking an article's quotations against the index: what the content script, the background and
// `whosaid check` all do with a page. Each quotation gets its match (or none), the speaker the article
// itself names, and whether the two disagree.

import type { Extraction } from '../extract';
import type { Match, Matcher } from './matcher';
import { THRESHOLDS } from './matcher';
import { sameSpeaker } from './speakers';

export interface CheckedQuote {
  start: number;
  end: number;
  text: string;
  match: Match | null;
  /** The speaker the article names for this quotation, if any. */
  attributedTo: string | null;
  /** The article names someone the index's sources do not. */
  disagrees: boolean;
}

/** Matches each quotation of an extraction; the parts of one utterance are matched together. */
export function checkQuotes(extraction: Extraction, matcher: Matcher, threshold = THRESHOLDS.balanced): CheckedQuote[] {
  const { quotes } = extraction;
  const groups = new Map<string, number[]>();
  quotes.forEach((q, i) => groups.set(q.group, [...(groups.get(q.group) ?? []), i]));
  const matches: (Match | null)[] = new Array(quotes.length).fill(null);
  for (const members of groups.values()) {
    const found = matcher.matchUtterance(members.map((i) => quotes[i]!.text), threshold);
    members.forEach((i, k) => (matches[i] = found[k] ?? null));
  }
  return quotes.map((q, i) => {
    const match = matches[i]!;
    // Only a named person or organisation can disagree; a pronoun left unresolved says nothing.
    const attributedTo = q.speaker && q.speakerKind !== 'description' ? q.speaker.name : null;
    const disagrees = attributedTo !== null && match?.speaker != null && !sameSpeaker(attributedTo, match.speaker);
    return { start: q.start, end: q.end, text: q.text, match, attributedTo, disagrees };
  });
}
