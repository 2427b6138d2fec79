// Checking a page's quotations against the index: what the background does for the content script and
// `whosaid check` does for an article. Each quotation gets its match (or none), the speaker the page
// itself names, and whether the two disagree.

import type { Extraction } from '../attribution/model';
import type { Span } from '../text/paragraphs';
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

/**
 * The page quotations of an extraction (descriptions and unresolved pronouns name nobody). In `apart`
 * paragraphs (a page's headings and captions, which stand apart from the prose around them), only the
 * paragraph's own words name a speaker, not the paragraphs before it.
 */
export function pageQuotes(extraction: Extraction, apart: readonly Span[] = []): PageQuote[] {
  return extraction.quotes.map((q) => {
    const standsApart = apart.some((p) => q.start >= p.start && q.start < p.end);
    const named = q.speaker && q.speakerKind !== 'description';
    const fromBefore = q.method === 'carried' || q.method === 'context';
    return {
      text: q.text,
      group: q.group,
      attributedTo: named && !(standsApart && fromBefore) ? q.speaker!.name : null,
    };
  });
}

/**
 * Whether a match is a quotation someone said: the index knows its speaker, or the page names one. Words the
 * index holds from no one that the page attributes to no one either (a headline, a show's title, a caption's
 * words in quotation marks) are not shown as a quotation of an unknown speaker.
 */
export function saidBySomeone(match: Match, quote: PageQuote): boolean {
  return match.speaker !== null || quote.attributedTo !== null;
}

/** Every text checkQuotes may look up: each quotation, and each utterance's parts joined. */
export function utteranceTexts(quotes: PageQuote[]): string[] {
  const groups = new Map<string, string[]>();
  for (const q of quotes) groups.set(q.group, [...(groups.get(q.group) ?? []), q.text]);
  return [...quotes.map((q) => q.text), ...[...groups.values()].filter((g) => g.length > 1).map((g) => g.join(' '))];
}

/**
 * Matches each quotation; the parts of one utterance are matched together. An index whose entries are read
 * from storage must have them read first: `await matcher.prepare(utteranceTexts(quotes))`.
 */
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
