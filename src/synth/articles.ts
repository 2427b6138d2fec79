// Synthetic news articles: a masthead, a headline, a dateline, narrative, and quotations in the forms news
// writing uses, some of them reported again (trimmed or elided) by other outlets, as real stories are.

import {
  APPOSITIVES,
  CODAS,
  GIVEN_F,
  GIVEN_M,
  int,
  NARRATIVE,
  OBJECTS,
  OUTLETS,
  PLACES,
  pick,
  rng,
  SUBJECTS,
  SURNAMES,
  TITLES,
  VERBS,
} from './vocabulary';

export interface SyntheticPerson {
  name: string;
  surname: string;
  gender: 'm' | 'f';
  title: string | null;
  appositive: string | null;
}

export interface SyntheticQuote {
  text: string;
  speaker: string;
}

export interface SyntheticArticle {
  text: string;
  quotes: SyntheticQuote[];
}

export function person(r: () => number): SyntheticPerson {
  const gender = r() < 0.5 ? 'f' : 'm';
  const surname = pick(r, SURNAMES);
  const name = `${pick(r, gender === 'f' ? GIVEN_F : GIVEN_M)} ${surname}`;
  const titled = r() < 0.5;
  return {
    name,
    surname,
    gender,
    title: titled ? pick(r, TITLES) : null,
    appositive: titled ? null : pick(r, APPOSITIVES),
  };
}

/** A sentence someone might say in a news story. */
export function quotation(r: () => number): string {
  const core = `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}`;
  const sentence = r() < 0.6 ? `${core} ${pick(r, CODAS)}` : core;
  return sentence[0]!.toUpperCase() + sentence.slice(1);
}

/** Generates `count` articles; a share of quotations recur across them, trimmed or elided. */
export function articles(count: number, seed = 1): SyntheticArticle[] {
  const r = rng(seed);
  const people = Array.from({ length: Math.max(20, Math.ceil(count / 3)) }, () => person(r));
  const recurring: { text: string; speaker: SyntheticPerson }[] = [];
  const out: SyntheticArticle[] = [];
  for (let a = 0; a < count; a++) {
    const paras: string[] = [];
    const quotes: SyntheticQuote[] = [];
    const speakers = [pick(r, people), pick(r, people)];
    paras.push(
      pick(r, OUTLETS),
      `${pick(r, SUBJECTS).replace(/^the /, '')} faces a ${pick(r, ['vote', 'deadline', 'lawsuit', 'shortfall'])}`.replace(
        /^./,
        (c) => c.toUpperCase(),
      ),
    );
    paras.push(`${pick(r, PLACES)} — ${pick(r, NARRATIVE)} ${pick(r, NARRATIVE)}`);
    for (const [k, sp] of speakers.entries()) {
      const reuse = recurring.length > 0 && r() < 0.3 ? pick(r, recurring) : null;
      const first = reuse && k === 0 ? reuse : { text: quotation(r), speaker: sp };
      const who = first.speaker;
      const whoIntro = who.title ? `${who.title} ${who.name}` : `${who.name}, ${who.appositive},`;
      const printed = reuse ? edit(r, first.text) : first.text;
      if (!reuse && r() < 0.2) recurring.push(first);
      paras.push(r() < 0.5 ? `“${printed},” said ${whoIntro.replace(/,$/, '')}.` : `${whoIntro} said: “${printed}.”`);
      quotes.push({ text: printed, speaker: who.name });
      paras.push(pick(r, NARRATIVE));
      const pronoun = who.gender === 'f' ? 'She' : 'He';
      const form = int(r, 0, 3);
      const second = form === 1 ? `${pick(r, OBJECTS)} ${pick(r, CODAS)}` : quotation(r);
      if (form === 0) paras.push(`${pronoun} added, “${second}.”`);
      else if (form === 1) paras.push(`${who.surname} said the plan ${pick(r, VERBS)} “${second}.”`);
      else if (form === 2) {
        const third = quotation(r);
        paras.push(`“${second},” ${who.surname} said. “${third}.”`);
        quotes.push({ text: third, speaker: who.name });
      } else paras.push(`“${second}.” — ${whoIntro.replace(/,$/, '')}`);
      quotes.push({ text: second, speaker: who.name });
    }
    paras.push(pick(r, NARRATIVE));
    out.push({ text: `${paras.join('\n\n')}\n`, quotes });
  }
  return out;
}

/** Another outlet's report of the same words: trimmed at an end, or elided in the middle. */
function edit(r: () => number, text: string): string {
  const words = text.split(' ');
  if (words.length < 10 || r() < 0.4) return text;
  if (r() < 0.5) return words.slice(0, words.length - 3).join(' ');
  const cut = int(r, 3, words.length - 5);
  return [...words.slice(0, cut), '…', ...words.slice(cut + 2)].join(' ');
}
