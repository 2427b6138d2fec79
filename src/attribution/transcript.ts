// Transcripts and interviews: each turn opens with its speaker's name in capitals and a colon ("TAPPER: …",
// "JAKE TAPPER: …"), as a paragraph of its own or inside quotation marks.

import { givenName } from './given-names';

/** One to three words in capitals, then a colon: "TAPPER:", "KATE BOLDUAN:", "MR. TRUMP:". */
const LABEL = /^([A-Z][A-Z.'’-]*[A-Z.](?:[ \t]+[A-Z][A-Z.'’-]*[A-Z.]){0,2}):[ \t]+(?=\S)/u;

export interface TurnLabel {
  /** The name as a name is written: "Jake Tapper". */
  name: string;
  /** Characters from the label's start to the first word of the turn. */
  length: number;
}

/** The speaker label that `text` opens with, or null. */
export function turnLabel(text: string): TurnLabel | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const name = m[1]!
    .split(/\s+/)
    .map((w) => w[0] + w.slice(1).toLowerCase())
    .join(' ');
  return { name, length: m[0].length };
}

/**
 * Is a label someone's name, not a heading ("UPDATE:", "EXCLUSIVE:", "STAT OF THE WEEK:")? It opens with a
 * given name ("KATE BOLDUAN"), or the article has already named someone so ("TRUMP" after Donald Trump).
 */
export function isSpeakerLabel(label: TurnLabel, known: (name: string) => boolean): boolean {
  const parts = label.name.split(' ').filter((w) => !/\.$/.test(w));
  if (parts.length === 0) return false;
  return (parts.length > 1 && givenName(parts[0]!) !== undefined) || known(parts[parts.length - 1]!);
}
