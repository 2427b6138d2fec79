// Checking a page's quotations against the index: what the background does for the content script and
// `whosaid check` does for an article. Each quotation gets its match (or none), the speaker the page
// itself names, and whether the two disagree.

import type { Extraction } from '../attribution/model';
import type { Match, Matcher } from './matcher';
import { THRESHOLDS } from './matcher';
import { sameSpeaker } from './speakers';

/** A quotation as the page gives it. */
export interface PageQuote {
  text: string;
  /** Ties the parts of one utterance broken by its attribution; unique per quotation otherwise. */
  group: string;
  /** The person or organisation the page names as the speaker, if any. */
  attributedTo: string | null;
}

export interface Checked {
  match: Match | null;
  /** The page names someone the index's sources do not. */
  disagrees: boolean;
}

/** The page quotations of an extraction (descriptions and unresolved pronouns name nobody). */
export function pageQuotes(extraction: Extraction): PageQuote[] {
  return extraction.quotes.map((q) => ({
    text: q.text,
    group: q.group,
    attributedTo: q.speaker && q.speakerKind !== 'description' ? q.speaker.name : null,
  }));
}

/** Matches each quotation; the parts of one utterance are matched together. */
export function checkQuotes(quotes: PageQuote[], matcher: Matcher, threshold = THRESHOLDS.balanced): Checked[] {
  const groups = new Map<string, number[]>();
  for (const [i, q] of quotes.entries()) groups.set(q.group, [...(groups.get(q.group) ?? []), i]);
  const matches: (Match | null)[] = new Array(quotes.length).fill(null);
  for (const members of groups.values()) {
    const found = matcher.matchUtterance(
      members.map((i) => quotes[i]!.text),
      threshold,
    );
    for (const [k, i] of members.entries()) matches[i] = found[k] ?? null;
  }
  return quotes.map((q, i) => {
    const match = matches[i]!;
    const disagrees = q.attributedTo !== null && match?.speaker != null && !sameSpeaker(q.attributedTo, match.speaker);
    return { match, disagrees };
  });
}
