// How sure an attribution is, as the probability that the named speaker is right: a logistic model of what
// the attribution rests on (the form that fired, how the name was resolved, the name's shape, competing
// candidates, the quotation, the language), fitted on PolNeAR's train split (and the German corpus's) by `npm run fit` (src/eval/fit.ts) and checked
// on its dev split and on the project's own news pages by `npm run eval`.

import weights from './data/confidence.json';
import type { AttributionMethod, SpeakerKind } from './model';

/** How an attribution was made, which is what its confidence rests on. */
export interface Evidence {
  method: Exclude<AttributionMethod, 'none'>;
  /** How the speaker phrase found its entity: by its full name, a surname, a given name, a pronoun, a description. */
  via: 'name' | 'surname' | 'given' | 'pronoun' | 'description';
  kind: SpeakerKind;
  /** Words of the name the article gives most fully ("Jerome Adams": 2). */
  nameWords: number;
  /** The article gives the speaker a role. */
  role: boolean;
  /** The name opens with a known given name. */
  givenName: boolean;
  /** How far ahead of the next candidate the pronoun's or description's antecedent was (salience points). */
  margin: number;
  /** The quotation is woven into the reporter's sentence. */
  partial: boolean;
  /** Words in the quotation (or the report). */
  words: number;
  /** Reported speech, not a quotation. */
  report: boolean;
  /** The language whose rules made the attribution (null: English's, the language undetected). */
  language: string | null;
}

/** The model's inputs, by name: each 0 or 1, or a number in [0, 1]. */
export function features(e: Evidence): Record<string, number> {
  return {
    bias: 1,
    [`method:${e.method}`]: 1,
    [`via:${e.via}`]: 1,
    [`kind:${e.kind}`]: 1,
    'name:one word': e.kind === 'person' && e.nameWords === 1 ? 1 : 0,
    'name:given name': e.givenName ? 1 : 0,
    role: e.role ? 1 : 0,
    // A close second candidate: 1 when tied, 0 when well ahead (or when nothing competed).
    contested: Math.max(0, 1 - Math.min(e.margin, 3) / 3),
    partial: e.partial ? 1 : 0,
    'short quotation': e.words < 4 ? 1 : 0,
    report: e.report ? 1 : 0,
    // Another language's rules are younger than English's, and as sure as their own record.
    ...(e.language && e.language !== 'en' && { [`language:${e.language}`]: 1 }),
  };
}

/** The model's weights, by feature name (src/attribution/data/confidence.json). */
export type Weights = Record<string, number>;

export function probability(e: Evidence, w: Weights = weights): number {
  let z = 0;
  for (const [name, x] of Object.entries(features(e))) z += (w[name] ?? 0) * x;
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}
