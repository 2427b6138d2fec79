// German attribution and the language that picks the rules: German word order names the speaker, no function
// word is a name, and a language without rules gets its quotations but no speakers.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/attribution/extract';
import { germanName, germanPerson } from '../../src/attribution/german';
import { languageRuns } from '../../src/attribution/runs';
import { detectLanguage, languageOf, primaryLanguage } from '../../src/text/language';
import { paragraphs } from '../../src/text/paragraphs';

const speakers = (text: string, language: string | null = 'de') =>
  extract(text, undefined, language).quotes.map((q) => q.speaker?.name ?? null);

describe('German attribution', () => {
  it('finds the subject after a verb in second place', () => {
    expect(speakers('Der englischsprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten.“')).toEqual([
      'Filep Karma',
    ]);
    expect(
      speakers('Ähnlich äußerte sich der US-Präsident George W. Bush: „Die USA haben die Lage im Griff.“'),
    ).toEqual([expect.stringContaining('George W. Bush')]);
  });

  it('reads the subject before the verb, past an appositive or an auxiliary', () => {
    expect(
      speakers('Museumsdirektor Thomas Metz hat anlässlich der Eröffnung erklärt: „Das ist ein Stück Geschichte.“'),
    ).toEqual([expect.stringContaining('Thomas Metz')]);
    expect(
      speakers(
        'Wolfgang Hürter, Aufsichtsvorsitzender von SWB, nennt den Vorgang „ein Musterbeispiel für Solidarität“.',
      ),
    ).toEqual(['Wolfgang Hürter']);
  });

  it('takes the speaker after the quotation, after so, and the one quoted with zitiert … mit den Worten', () => {
    expect(speakers('„Wir schaffen das“, sagte die Kanzlerin Angela Merkel am Montag.')).toEqual(['Angela Merkel']);
    expect(speakers('„Er ist die eiserne Hand“, so charakterisierte ihn der Gewerkschafter Bernard Aubin.')).toEqual([
      expect.stringContaining('Bernard Aubin'),
    ]);
    expect(
      speakers('Die Agentur RIA Novosti zitiert dazu Néstor Kirchner mit folgenden Worten: „Diese Banken versagen.“'),
    ).toEqual(['Néstor Kirchner']);
  });

  it('names no one by a function word or a noun after an article', () => {
    expect(['Darin', 'Nachdem', 'Dafür', 'Laut der Website', 'Die Beiden'].map(germanName)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['Die Polizei', 'Angela Merkel', 'der Sprecher'].map(germanName)).toEqual([true, true, true]);
    expect(speakers('Darin steht unter anderem: „Besonders betroffen sind wir.“')).toEqual([null]);
  });
});

describe('the language of an article', () => {
  const german =
    'Die Bundesregierung hat am Mittwoch neue Regeln für den Ausbau der Windkraft beschlossen. Der Minister sagte, ' +
    'man wolle die Genehmigungen deutlich beschleunigen und die Länder stärker in die Pflicht nehmen.';
  const italian =
    'Il governo ha approvato mercoledì nuove regole per lo sviluppo dell’energia eolica. Il ministro ha detto che ' +
    'si vogliono accelerare le autorizzazioni e coinvolgere di più le regioni nel processo decisionale.';

  it('is the declared one, else the one its text reads as, else unknown', () => {
    expect([primaryLanguage('de-CH'), primaryLanguage('en_US'), primaryLanguage(''), primaryLanguage(null)]).toEqual([
      'de',
      'en',
      null,
      null,
    ]);
    expect([detectLanguage(german), detectLanguage(italian), detectLanguage('Kurz.')]).toEqual(['de', 'ita', null]);
    expect(languageOf('fr', german)).toBe('fr');
    // Kana and Han tell Japanese in a short paragraph.
    expect(detectLanguage('首相は記者団に対し、新しい経済対策を来週発表すると述べた。')).toBe('ja');
  });

  it('picks the rules: a language without them gets its quotations, and no speakers', () => {
    const text = `${italian} “Non possiamo più aspettare”, said Roberto Cingolani.`;
    const none = extract(text, undefined, null);
    expect(none.quotes.map((q) => [q.text, q.speaker])).toEqual([['Non possiamo più aspettare', null]]);
    expect(none.reports).toEqual([]);
    expect(extract(text, undefined, 'en').quotes[0]!.speaker?.name).toBe('Roberto Cingolani');
  });
});

describe('a page in two languages', () => {
  const english =
    'The chancellor spoke to regional leaders on Wednesday about the energy plan, which has divided the coalition ' +
    'for months and is expected to come before parliament in the spring.';
  const german =
    'Die Kritik an dem Plan sei nicht neu, und die Regierung werde die Länder nicht allein lassen. „Wir haben die ' +
    'Sorgen der Kommunen gehört und werden die Förderung für den Ausbau der Netze deutlich erhöhen“, sagte der ' +
    'Wirtschaftsminister Jonas Brandt am Mittwoch in Berlin.';
  const after = 'The talks go on until Friday, and officials on both sides said that a deal was still possible.';
  const names =
    'Florida: Fernand Amandi, Scott Arceneaux, Tim Baker, Dennis Baxley, Slater Bayliss, Dave Beattie, Wayne ' +
    'Bertsch, Ron Book, Pamela Burch, Jose Calderon, Kevin Cate, Kelly Cohen, Gus Corbella, Brian Crowley.';
  const runs = (text: string) =>
    languageRuns(text, paragraphs(text), 'en').map((r) => [r.lang, r.paras.map((p) => text.slice(p.start, p.end))]);

  it('is read a run of paragraphs at a time, each in its own language', () => {
    const text = [english, german, after].join('\n\n');
    expect(runs(text)).toEqual([
      ['en', [english]],
      ['de', [german]],
      ['en', [after]],
    ]);
    const [quote] = extract(text, undefined, 'en').quotes;
    expect([quote!.speaker?.name, quote!.evidence?.language]).toEqual(['Jonas Brandt', 'de']);
  });

  it('not where a paragraph is a list of names, whatever a detector makes of it', () => {
    const text = [english, names, after].join('\n\n');
    expect(runs(text)).toEqual([['en', [english, names, after]]]);
  });
});

describe('German names', () => {
  it('takes a lone word for a name only where the article never writes it after an article', () => {
    const text = 'Das Gericht tagte am Montag. Köhler sagte, die Lage sei ernst. Im Internet gab es Kritik.';
    expect(['Gericht', 'Köhler', 'Internet', 'Lage'].map((w) => germanPerson(w, text))).toEqual([
      false,
      true,
      false,
      false,
    ]);
    // A compound that opens with the name is no article's noun: "die Schröder-Regierung".
    expect(germanPerson('Schröder', 'Die Schröder-Regierung trat zurück.')).toBe(true);
  });

  it('takes a name that opens with an article for a person’s only when what follows names someone', () => {
    const text = 'Die Bezugsstoffe sind belastet. Der Adler ist gelandet. Die Sprecherin sagte, es gebe Kritik.';
    expect(germanPerson('Die Bezugsstoffe', text)).toBe(false);
    expect(germanPerson('Der Adler', text)).toBe(false);
    expect(germanPerson('Die Sprecherin', text)).toBe(true);
    expect(germanPerson('Der PR-Berater David Bendels', text)).toBe(true);
  });
});

describe('German titles', () => {
  it('reads a name after the kind of thing it names, or an address, as no quotation', () => {
    const found = (text: string) => extract(text, undefined, 'de').quotes.map((q) => q.text);
    expect(
      found('Davis spielte in dem Film „Jungle Fever“ mit. Laut „icelandreview.com“ ist das Schiff bereit.'),
    ).toEqual([]);
    expect(found('Der Minister warnte vor einem „populistischen Wahlkampf“.')).toEqual(['populistischen Wahlkampf']);
  });
});
