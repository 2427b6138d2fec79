// The evaluation's matching of annotated quotations to predicted ones (src/eval/score.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/attribution/extract';
import {
  type GoldQuote,
  namesGermanSourceStrictly,
  namesSource,
  namesSourceStrictly,
  score,
} from '../../src/eval/score';

const text = [
  'First Minister Nicola Sturgeon said: "Our first thoughts must be with the patient and their family.',
  '"Scotland has been preparing for this possibility from the beginning of the outbreak.',
  '"We have robust procedures in place to identify cases rapidly."',
  'Officials did not comment.',
].join('\n\n');

const gold = (words: string): GoldQuote => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, source: 'Sturgeon', speaker: 'Nicola Sturgeon', aliases: [] };
};

describe('matching annotated quotations to predicted ones', () => {
  const predicted = extract(text).quotes;

  it('finds a quotation that runs through paragraphs once whole, when it is annotated whole', () => {
    expect(predicted).toHaveLength(1);
    const whole = gold(text.slice(text.indexOf('Our first'), text.indexOf('rapidly.') + 'rapidly.'.length));
    const s = score([whole], predicted);
    expect(s).toMatchObject({ gold: 1, predicted: 1, found: 1, rightSpeaker: 1 });
  });

  it('finds each paragraph of it, when each is annotated, and counts each as a prediction', () => {
    const s = score(
      [
        gold('Our first thoughts must be with the patient and their family.'),
        gold('Scotland has been preparing for this possibility from the beginning of the outbreak.'),
        gold('We have robust procedures in place to identify cases rapidly.'),
      ],
      predicted,
    );
    expect(s).toMatchObject({ gold: 3, predicted: 3, found: 3, rightSpeaker: 3 });
  });

  it('counts a prediction no annotation overlaps as spurious, and an annotation nothing overlaps as missed', () => {
    const s = score([gold('Officials did not comment.')], predicted);
    expect(s).toMatchObject({ gold: 1, predicted: 1, found: 0 });
    expect(s.errors.map((e) => e.kind).sort()).toEqual(['missed', 'spurious']);
  });
});

describe('judging the speaker', () => {
  const said = (name: string, role: string | null = null) =>
    ({ speaker: { name, role }, speakerKind: 'person' }) as unknown as Parameters<typeof namesSource>[0];
  const source = (speaker: string, aliases: string[] = []): GoldQuote => ({
    start: 0,
    end: 1,
    text: '',
    source: speaker,
    speaker,
    aliases,
  });

  it('leniently, any word of the annotated source passes; strictly, only the person it names', () => {
    const fallon = source('Clinton spokesman Brian Fallon');
    expect(namesSource(said('Hillary Clinton'), fallon)).toBe(true);
    expect(namesSourceStrictly(said('Hillary Clinton'), fallon)).toBe(false);
    expect(namesSourceStrictly(said('Brian Fallon'), fallon)).toBe(true);
    const review = source('Dan McLaughlin at the National Review');
    expect(namesSource(said('Review'), review)).toBe(true);
    expect(namesSourceStrictly(said('Review'), review)).toBe(false);
    expect(namesSourceStrictly(said('Dan McLaughlin'), review)).toBe(true);
  });

  it('strictly, a title, an appositive or a relative clause is not the name', () => {
    expect(namesSourceStrictly(said('John F. Kerry'), source('Secretary of State John F. Kerry'))).toBe(true);
    expect(namesSourceStrictly(said('Tim Cook'), source("Apple's chief executive, Tim Cook,"))).toBe(true);
    expect(namesSourceStrictly(said('Len Burman'), source('Len Burman, head of the Tax Policy Center'))).toBe(true);
    expect(namesSourceStrictly(said('Lou Jiwei'), source('Mr. Lou'))).toBe(true);
    expect(namesSourceStrictly(said('Rakeyia Scott'), source('She', ['Rakeyia Scott']))).toBe(true);
    expect(namesSourceStrictly(said("Scott's wife"), source('She', ['Rakeyia Scott']))).toBe(false);
  });

  it('strictly in German, whose nouns are capitalised, the name is the run a given name opens', () => {
    const coach = source('der Trainer der Frankfurter, Michael Skibbe');
    expect(namesSourceStrictly(said('Michael Skibbe'), coach)).toBe(false);
    expect(namesGermanSourceStrictly(said('Michael Skibbe'), coach)).toBe(true);
    expect(namesGermanSourceStrictly(said('Der Trainer der Frankfurter'), coach)).toBe(false);
    expect(namesGermanSourceStrictly(said('Olaf Scholz'), source('Bundeskanzler Olaf Scholz'))).toBe(true);
  });

  it('strictly, a source that names no one is judged as leniently', () => {
    expect(namesSourceStrictly(said('Bill de Blasio', 'mayor'), source('the mayor'))).toBe(true);
  });
});
