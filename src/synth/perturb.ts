// How a page's quotation differs from the indexed one: every perturbation the matcher must see through,
// and the negatives it must not match.

import { foldWords } from '../text/words';
import { BOILERPLATE, COMMON_PHRASES, speech } from './speech';
import { int, pick } from './vocabulary';

export const PERTURBATIONS = [
  'exact',
  'case-punctuation',
  'unicode',
  'fragment-8+',
  'fragment-6',
  'superset',
  'elision',
  'bracket',
  'typo-1',
  'typo-2',
  'typo-corrected',
  'compound',
  'split',
] as const;
export type Perturbation = (typeof PERTURBATIONS)[number];

export const NEGATIVES = ['unindexed', 'shared-opening', 'common-phrase', 'short', 'boilerplate'] as const;
export type Negative = (typeof NEGATIVES)[number];

const words = (t: string) => t.split(/\s+/).filter(Boolean);

/**
 * The page's wording of `text` under a perturbation; 'split' gives the two parts a page prints around its
 * attribution. 'typo-corrected' is the clean text: the index holds the misspelt one (see misspell).
 */
export function perturb(kind: Perturbation, text: string, r: () => number): string[] {
  const w = words(text);
  switch (kind) {
    case 'exact':
    case 'typo-corrected':
      return [text];
    case 'case-punctuation': {
      const changed = r() < 0.5 ? text.toLowerCase() : text.toUpperCase();
      return [
        changed
          .replace(/[,.;:!?]/g, r() < 0.5 ? '' : ' ,')
          .replace(/ /g, r() < 0.3 ? '  ' : ' ')
          .replace(/'/g, '’'),
      ];
    }
    case 'unicode':
      // Decomposed accents, accents dropped, typographic apostrophes, non-breaking spaces, a ligature.
      return [
        text
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, r() < 0.5 ? '' : '$&')
          .replace(/'/g, '\u2019')
          .replace(/ /g, r() < 0.5 ? '\u00a0' : ' ')
          .replace(/fi/g, '\ufb01'),
      ];
    case 'fragment-8+': {
      const len = int(r, 8, Math.max(8, w.length - 2));
      const at = int(r, 0, w.length - len);
      return [w.slice(at, at + len).join(' ')];
    }
    case 'fragment-6': {
      const len = int(r, 6, 7);
      const at = int(r, 0, w.length - len);
      return [w.slice(at, at + len).join(' ')];
    }
    case 'superset': {
      const other = words(speech(r));
      return [`${other.slice(0, int(r, 3, 7)).join(' ')} ${text} ${other.slice(-int(r, 3, 6)).join(' ')}`];
    }
    case 'elision': {
      const cut = int(r, 2, Math.min(6, w.length - 8));
      const at = int(r, 3, w.length - cut - 3);
      return [[...w.slice(0, at), pick(r, ['…', '...', '. . .']), ...w.slice(at + cut)].join(' ')];
    }
    case 'bracket': {
      const at = int(r, 1, w.length - 2);
      const insert = pick(r, ['[the agency]', '[sic]', '[they]', '[the governor]', '[Smith]']);
      return [
        (r() < 0.5
          ? [...w.slice(0, at), insert, ...w.slice(at + 1)]
          : [...w.slice(0, at), insert, ...w.slice(at)]
        ).join(' '),
      ];
    }
    case 'typo-1':
      return [misspell(text, 1, r)];
    case 'typo-2':
      return [misspell(text, 2, r)];
    case 'compound':
      return [compound(text, r)];
    case 'split': {
      const at = int(r, 6, w.length - 6);
      return [`${w.slice(0, at).join(' ')},`, w.slice(at).join(' ')];
    }
  }
}

/**
 * One compound written another way, as writers differ: a hyphenated word joined or parted ("multi-planetary"
 * as "multiplanetary" or "multi planetary"), or else two words joined, with or without a hyphen ("health
 * care" as "healthcare" or "health-care").
 */
export function compound(text: string, r: () => number): string {
  const hyphenated = [...text.matchAll(/\b(\p{L}+)-(\p{L}+)\b/gu)];
  if (hyphenated.length > 0) {
    const m = pick(r, hyphenated);
    const [, a, b] = m;
    return text.slice(0, m.index) + a + (r() < 0.5 ? '' : ' ') + b + text.slice(m.index + m[0].length);
  }
  const pairs = [...text.matchAll(/(?<=^|\s)(\p{L}{3,}) (\p{L}{3,})(?=[\s,.;:!?]|$)/gu)];
  if (pairs.length === 0) return text;
  const m = pick(r, pairs);
  return text.slice(0, m.index) + m[1] + (r() < 0.5 ? '' : '-') + m[2] + text.slice(m.index + m[0].length);
}

/** The text with `count` words of five letters or more misspelt: a letter dropped, doubled, swapped or replaced. */
export function misspell(text: string, count: number, r: () => number): string {
  const w = words(text);
  const long = w.map((x, i) => [x, i] as const).filter(([x]) => /^[a-z]{5,}$/i.test(x));
  for (let k = 0; k < count && long.length > 0; k++) {
    const [word, i] = long.splice(int(r, 0, long.length - 1), 1)[0]!;
    const p = int(r, 1, word.length - 2);
    const edits = [
      () => word.slice(0, p) + word.slice(p + 1),
      () => word.slice(0, p) + word[p] + word.slice(p),
      () => word.slice(0, p) + word[p + 1] + word[p] + word.slice(p + 2),
      () =>
        word.slice(0, p) +
        pick(
          r,
          'aeiourstln'.split('').filter((c) => c !== word[p]),
        ) +
        word.slice(p + 1),
    ];
    w[i] = pick(r, edits)();
  }
  return w.join(' ');
}

/**
 * A page quotation that is not in the index, of the given kind; made of `others` (quotations the index
 * does not hold) when given, else of generated speech.
 */
export function negative(
  kind: Negative,
  indexed: readonly string[],
  r: () => number,
  others?: readonly string[],
): string {
  const unindexed = () => (others ? pick(r, others) : speech(r));
  switch (kind) {
    case 'unindexed':
      return unindexed();
    case 'shared-opening': {
      // The opening words of a long indexed quotation (who speaks and how: "The company hopes to"), then
      // another quotation's words: it shares a phrase with the index, not a quotation.
      let w = words(pick(r, indexed));
      for (let tries = 0; w.length < 10 && tries < 20; tries++) w = words(pick(r, indexed));
      const other = words(unindexed());
      return [...w.slice(0, int(r, 3, 5)), ...other.slice(int(r, 3, 5))].join(' ');
    }
    case 'common-phrase':
      return r() < 0.5
        ? pick(r, COMMON_PHRASES)
        : `${pick(r, COMMON_PHRASES)} and ${pick(r, COMMON_PHRASES).toLowerCase()}`;
    case 'short': {
      const w = foldWords(pick(r, indexed));
      const len = int(r, 2, 3);
      const at = int(r, 0, w.length - len);
      return w.slice(at, at + len).join(' ');
    }
    case 'boilerplate':
      return pick(r, BOILERPLATE);
  }
}
