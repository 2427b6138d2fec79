import { describe, expect, it } from 'vitest';
import { extract } from '../../src/attribution/extract';
import { emptyMeta } from '../../src/corpus/article';
import { buildIndex } from '../../src/index/build';
import { attributionNote, attributionsShown, cardFor, NAMED, speakerShown } from '../../src/match/card';
import { checkQuotes, pageQuotes, saidBySomeone } from '../../src/match/check';
import { Matcher, THRESHOLDS } from '../../src/match/matcher';
import { evaluate, makeCases } from '../../src/synth/evaluate';
import { syntheticIndex } from '../../src/synth/index';
import { NEGATIVES, PERTURBATIONS } from '../../src/synth/perturb';
import { seedIndex } from '../helpers/seed-index';

const matcher = new Matcher(seedIndex());
const speakerOf = (text: string) => matcher.match(text)?.speaker?.name ?? null;

describe('on the seed index, a page quotation that differs from the index still matches', () => {
  it.each([
    ['case and punctuation', 'IT’S NOT ENOUGH SIMPLY TO TAKE THE SITES DOWN!', 'Richard Downing'],
    [
      'quote style and whitespace',
      '"Vendors look   for another opportunity, another site, another place where they can go and sell their drugs and guns"',
      'Richard Downing',
    ],
    ['Unicode forms and diacritics', 'ｐｏｕｒｉｎｇ fuel on the fïre of the natiónal drug epidemic', 'Jeff Sessions'],
    [
      'a fragment of eight words or more',
      'another opportunity, another site, another place where they can go',
      'Richard Downing',
    ],
    ['a fragment of six words', 'pouring fuel on the fire of', 'Jeff Sessions'],
    [
      'the quotation and more',
      'As one official put it, vendors are pouring fuel on the fire of the national drug epidemic, and nobody argued',
      'Jeff Sessions',
    ],
    ['an elision', 'Vendors look for another opportunity ... sell their drugs and guns', 'Richard Downing'],
    [
      'a bracketed word swapped',
      'A lot of [the dealers] start on a smaller level and then they see how lucrative this can be',
      'Shawn Brokos',
    ],
    ['a bracketed word inserted', 'They [the vendors] share their secrets, they share their tradecraft', 'Emily Odom'],
    ['two typos', 'They shaer their secrets, they share their tradecrat', 'Emily Odom'],
    [
      'a typo the source had, corrected',
      'get trained to administer naloxone in the case of a suspected emergency',
      'Jerome Adams',
    ],
    ['trimmed and reworded at the edges', 'It’s not enough to take the sites down', 'Richard Downing'],
  ])('%s', (_, page, speaker) => {
    expect(speakerOf(page)).toBe(speaker);
  });

  it('a quotation split by its attribution matches in both parts', () => {
    const page =
      '“You have an important role to play,” the surgeon general said, “in addressing this public health crisis.”';
    const checked = checkQuotes(pageQuotes(extract(page)), matcher);
    expect(checked.map((c) => c.match?.speaker?.name)).toEqual(['Jerome Adams', 'Jerome Adams']);
  });
});

describe('on the seed index, these do not match', () => {
  it.each([
    ['a common phrase inside an indexed quotation', 'we have to do a better job'],
    ['a common opening', 'It is not enough to'],
    ['a common opening, then other words', 'It is not enough to say you are sorry for what happened'],
    ['two words', 'the sites'],
    ['three words', 'national drug epidemic'],
    ['boilerplate', 'All rights reserved'],
    ['an unindexed quotation', 'We will rebuild the bridge before the winter comes to the valley'],
    [
      'reported speech the index holds as a paraphrase',
      'the overall strategy resembles a return to failed drug-war tactics',
    ],
  ])('%s', (_, page) => {
    expect(matcher.match(page)).toBeNull();
  });
});

describe('the article’s own attribution against the index', () => {
  const check = (page: string) => {
    const quotes = pageQuotes(extract(page));
    return { ...quotes[0]!, ...checkQuotes(quotes, matcher)[0]! };
  };

  it('disagrees when the article names someone else', () => {
    const c = check(
      '“They share their secrets, they share their tradecraft,” said Shawn Brokos, an agent in Pittsburgh.',
    );
    expect(c.match?.speaker?.name).toBe('Emily Odom');
    expect(c).toMatchObject({ attributedTo: 'Shawn Brokos', disagrees: true });
  });

  it.each([
    ['the full name', '“It’s not enough simply to take the sites down,” said Richard Downing.'],
    ['the surname', '“It’s not enough simply to take the sites down,” Downing said.'],
    [
      'a title and the name',
      '“It’s not enough simply to take the sites down,” Deputy Assistant Attorney General Richard Downing said.',
    ],
  ])('agrees under %s', (_, page) => {
    expect(check(page)).toMatchObject({ attributedTo: expect.any(String), disagrees: false });
  });

  it('says nothing when the article names nobody', () => {
    expect(check('Officials warned that “it’s not enough simply to take the sites down.”')).toMatchObject({
      attributedTo: null,
      disagrees: false,
    });
  });
});

describe('fragments, compounds and rivals, on real-looking news quotations', () => {
  const text = [
    '“We need to become a multi-planetary species, or we will one day go extinct,” said Elon Musk, the chief executive.',
    '“My outside impression is that she has been as much a champion as anyone on the inside for the go-slow, full-employment perspective,” said Josh Bivens, an economist.',
    '“We have to do a better job for the people of this state,” said Gov. Ann Rivera.',
    '“We have to do a better job for the people of this state,” said Mayor Tom Oakes.',
    '“I think that speaks volumes,” said Sen. Maria Lopez.',
    '“We’ve all worked our butts off,” said Dan Reyes, the coach.',
    '“Both nauseated and terrified,” said Dana Whitfield, a resident.',
  ].join('\n\n');
  const m = new Matcher(buildIndex([{ id: 'a.txt', format: 'text', text, meta: emptyMeta() }]));
  const who = (page: string) => m.match(page)?.speaker?.name ?? null;

  it('sees a compound written as one word, two words or with a hyphen', () => {
    expect(who('We need to become a multiplanetary species')).toBe('Elon Musk');
    expect(who('we need to become a multi planetary species, or we will one day go extinct')).toBe('Elon Musk');
    expect(who('the go slow, full employment perspective')).toBe('Josh Bivens');
  });

  it('sees two words run together where the index has them apart, uncommon or common, in a short quotation', () => {
    expect(who('I think that speaksvolumes')).toBe('Maria Lopez');
    expect(who('we’ve all worked ourbutts off')).toBe('Dan Reyes');
    // Three words on the page, four of the quotation's.
    expect(who('Both nauseated andterrified')).toBe('Dana Whitfield');
    expect(who('Both nauseated terrified')).toBeNull();
  });

  it('matches a run of eight words or more in order on one uncommon word', () => {
    expect(who('has been as much a champion as anyone on the')).toBe('Josh Bivens');
  });

  it('leaves unmatched a fragment made only of common words, and a few words of a longer quotation', () => {
    expect(who('she has been as much a')).toBeNull();
    expect(who('a multi-planetary species')).toBeNull();
  });

  it('names nobody for words that two speakers’ quotations fit as well', () => {
    expect(who('We have to do a better job for the people of this state')).toBeNull();
  });
});

describe('what is shown as a quotation someone said', () => {
  const quote = 'The water is rising faster than anyone expected this spring.';
  const text = `The river crested on Friday after a week of rain.\n\n“${quote}”\n\nSandbags ran out by noon.`;
  const index = buildIndex([{ id: 'a.txt', format: 'text', text, meta: emptyMeta() }]);
  const m = new Matcher(index);
  const checked = (page: string, apart: { start: number; end: number }[] = []) => {
    const quotes = pageQuotes(extract(page), apart);
    return checkQuotes(quotes, m).map((c, i) => ({ ...c, quote: quotes[i]! }));
  };

  it('does not show words the index knows from no one when the page names no one either', () => {
    expect(index.quotes[0]!.speaker).toBeNull();
    const [c] = checked(`The banner said “${quote}”`);
    expect(c!.match).not.toBeNull();
    expect(saidBySomeone(c!.match!, c!.quote)).toBe(false);
  });

  it('shows them as the page’s speaker’s when the page names one', () => {
    const page = `“${quote}” said Mayor Jane Park.`;
    const [c] = checked(page);
    expect(saidBySomeone(c!.match!, c!.quote)).toBe(true);
    expect(cardFor(c!.match!, quote, c!.quote.attributedTo, false)).toMatchObject({
      speaker: null,
      pageSpeaker: 'Jane Park',
    });
  });

  it('takes no speaker for a heading from the paragraphs before it', () => {
    const page = `Mayor Jane Park said the river would crest on Friday.\n\n“${quote}”`;
    const heading = { start: page.indexOf('“'), end: page.length };
    const [prose] = checked(page);
    const [asHeading] = checked(page, [heading]);
    expect(prose!.quote.attributedTo).toBe('Jane Park');
    expect(asHeading!.quote.attributedTo).toBeNull();
    expect(saidBySomeone(asHeading!.match!, asHeading!.quote)).toBe(false);
  });
});

describe('on a generated index of 2,000 quotations', () => {
  const syn = syntheticIndex(2000, 5);
  const rows = evaluate(new Matcher(syn.index), makeCases(syn, 60, 8), THRESHOLDS.balanced);
  const row = (kind: string) => rows.find((r) => r.kind === kind)!;

  it.each(PERTURBATIONS.filter((k) => !['fragment-6', 'typo-1', 'typo-2', 'split'].includes(k)))(
    '%s: recall at least 0.98, never a wrong entry',
    (kind) => {
      expect(row(kind).right / row(kind).cases).toBeGreaterThanOrEqual(0.98);
      expect(row(kind).wrong).toBe(0);
    },
  );

  it.each(['typo-1', 'typo-2', 'split'])('%s: recall at least 0.9', (kind) => {
    expect(row(kind).right / row(kind).cases).toBeGreaterThanOrEqual(0.9);
  });

  it('fragment-6: matches most, and never a wrong entry', () => {
    expect(row('fragment-6').right / row('fragment-6').cases).toBeGreaterThanOrEqual(0.7);
    expect(row('fragment-6').wrong).toBe(0);
  });

  it.each([...NEGATIVES])('%s: no false match', (kind) => {
    expect(row(kind).wrong).toBe(0);
  });
});

describe('the card', () => {
  const text =
    'Senator Ann Hale thanked the nurses of Dover General Hospital “for their support in my campaign against the closure” on Sunday.\n\n' +
    '“We will keep the maternity ward open through the winter,” said Mayor Ruth Okafor.';
  const index = buildIndex([{ id: 'a.txt', format: 'text', text, meta: emptyMeta() }]);
  const card = (page: string) => {
    const m = new Matcher(index).match(page)!;
    return cardFor(m, page, null, false);
  };

  it('tells how sure the attribution is, apart from how sure the match is, and names no one it is unsure of', () => {
    const inferred = card('for their support in my campaign against the closure');
    const named = card('We will keep the maternity ward open through the winter');
    expect(inferred.speaker?.name).toBe('Ann Hale');
    expect(named.speaker?.name).toBe('Ruth Okafor');
    expect(named.attribution).toBeGreaterThanOrEqual(NAMED);
    expect(inferred.attribution).toBeLessThan(named.attribution);
    expect(speakerShown('Ruth Okafor', named.attribution)).toBe('Ruth Okafor');
    expect(speakerShown('Ann Hale', 0.7)).toBe('Probably Ann Hale');
    expect(speakerShown('Ann Hale', 0.4)).toBe('Speaker unclear');
    expect(attributionNote(0.7)).toMatch(/^The source does not name who said it outright/);
  });
});

describe('a card whose outlets disagree on the speaker', () => {
  const words = 'The budget does nothing for working families in this state';
  const article = (id: string, publication: string, speaker: string) => ({
    id,
    format: 'text' as const,
    text: `“${words},” said Senator ${speaker}.`,
    meta: { ...emptyMeta(), publication },
  });
  const index = buildIndex([
    article('a.txt', 'Herald', 'Ruth Olsen'),
    article('b.txt', 'Courier', 'Ruth Olsen'),
    article('c.txt', 'Post', 'Paul Grant'),
  ]);

  it('says who each outlet names, and is less sure of the speaker most of them name', () => {
    const m = new Matcher(index).match(words)!;
    const shown = cardFor(m, words, null, false);
    expect(shown.speaker?.name).toBe('Ruth Olsen');
    expect(shown.attributions).toEqual([
      { name: 'Ruth Olsen', outlets: 2 },
      { name: 'Paul Grant', outlets: 1 },
    ]);
    expect(attributionsShown(shown.attributions!)).toBe('2 outlets: Ruth Olsen · 1 outlet: Paul Grant');
    // Two outlets in three: hedged, never named plainly.
    expect(shown.attribution).toBeLessThan(NAMED);
    expect(shown.attribution).toBeGreaterThan(0.5);
  });

  it('lists no disagreement where the outlets agree', () => {
    const agreed = buildIndex([article('a.txt', 'Herald', 'Ruth Olsen'), article('b.txt', 'Post', 'Ruth Olsen')]);
    const shown = cardFor(new Matcher(agreed).match(words)!, words, null, false);
    expect(shown.attributions).toBeNull();
    expect(shown.attribution).toBeGreaterThanOrEqual(NAMED);
  });
});
