// What attribution finds in an article: quotations and reported speech, each with its speaker, how it was
// found and how sure it is.

import type { Span } from '../text/paragraphs';
import type { Evidence } from './confidence';
import type { CueMethod } from './cues';

export interface Speaker {
  name: string;
  role: string | null;
}

export type QuoteKind = 'direct' | 'partial';
/**
 * Beyond the cues: a quotation after another of the same speaker ('inherited'), one that goes on from the
 * paragraph or sentence before ('carried'), one in a clause with no verb of saying, its subject's ('subject'),
 * one that follows a sentence about someone, theirs ('context').
 */
export type AttributionMethod = CueMethod | 'inherited' | 'carried' | 'subject' | 'context' | 'none';
export type SpeakerKind = 'person' | 'organization' | 'description';

/** Words someone is said to have said, and who. */
export interface Attributed {
  /** The words: text.slice(start, end) (for a quotation, without its marks). */
  start: number;
  end: number;
  text: string;
  speaker: Speaker | null;
  /** The probability that the speaker is right (src/attribution/confidence.ts); 0 when there is none. */
  confidence: number;
  method: AttributionMethod;
  /** What the attribution rests on, which its confidence is computed from; null when there is no speaker. */
  evidence: Evidence | null;
  speakerKind: SpeakerKind | null;
  /** The names the article uses for the speaker ("Adams", "U.S. Surgeon General Jerome Adams"). */
  aliases: string[];
  /** The sentence that holds them (its first sentence, for a quotation that runs on). */
  sentence: Span;
}

export interface Quote extends Attributed {
  kind: QuoteKind;
  /** Ties the parts of one utterance broken by its attribution (“A,” she said. “B.”). */
  group: string;
  segments: Span[];
}

/** Reported speech: the reporter's paraphrase of what someone said, never a quotation. Always has a speaker. */
export interface Report extends Attributed {
  speaker: Speaker;
}

export interface Extraction {
  quotes: Quote[];
  /** Reported speech without quotation marks: "Critics say the plan does little …". */
  reports: Report[];
  /** Quoted spans that are not quotations: scare quotes, titles, nicknames, terms. */
  terms: Span[];
}
