// German attribution and the language that picks the rules: German word order names the speaker, no function
// word is a name, and a language without rules gets its quotations but no speakers.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/attribution/extract';
import { germanName, germanPerson } from '../../src/attribution/german';
import { languageRuns } from '../../src/attribution/runs';
import { loadGerman } from '../../src/eval/german';
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

  it('takes the person a sentence opens with "für" as the holder of the view it quotes', () => {
    expect(speakers('Für den Theologen Hans Küng sei der Rücktritt „aus vielen Gründen verständlich“.')).toEqual([
      'Hans Küng',
    ]);
    expect(
      speakers('Für den Gesundheitsminister Jose Gomes Temporao ist die Situation in Rio de Janeiro „alarmierend“.'),
    ).toEqual(['Jose Gomes Temporao']);
    // Not a thing's purpose: "Für die Sanierung" names no one.
    expect(speakers('Für die Sanierung der Brücke sei „kein Geld mehr da“.')).toEqual([null]);
  });

  it('carries the text that "heißt es" names on to the reported speech after it', () => {
    expect(
      speakers(
        'In einem Positionspapier des Innenministeriums heißt es, die Regelungen seien verantwortungsvoll eingesetzt ' +
          'worden. Deshalb sei es „folgerichtig, die bewährten Regelungen beizubehalten“.',
      ),
    ).toEqual([expect.stringContaining('Positionspapier des Innenministeriums')]);
  });

  it('reads past a relative clause to the reporting clause a woven quotation belongs to', () => {
    expect(
      speakers(
        'Milinkewitsch kritisierte die Handlungsweise Kozulins, der zum Sturm des Gefängnisses aufgerufen haben ' +
          'soll, als „Provokation, die der Staatsmacht sehr gelegen kam“.',
      ),
    ).toEqual(['Milinkewitsch']);
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

  it('takes where "heißt es" finds its words from a clause before the quotation’s, and from "von"', () => {
    expect(
      speakers('Aus Paris hieß es, das Vorgehen Khartums sei „eine schwerwiegende Verletzung“ des Abkommens.'),
    ).toEqual(['Paris']);
    expect(speakers('„Alle Anzeichen deuten auf einen Anschlag hin“, hieß es vom Abgeordneten Viktor Oserow.')).toEqual(
      [expect.stringContaining('Viktor Oserow')],
    );
  });

  it('takes a medium quoted by its name after the verb as the source, and its name as no quotation', () => {
    const found = extract('„Macromedia will aufschließen“, schreibt die „Computerwoche“.', undefined, 'de').quotes;
    expect(found.map((q) => [q.text, q.speaker?.name])).toEqual([['Macromedia will aufschließen', 'Computerwoche']]);
  });

  it('finds a separable verb whose particle follows a quotation woven into its clause', () => {
    expect(
      speakers('Die Justizministerin Beate Merk wies dies in Bad Staffelstein als „Unverschämtheit“ zurück.'),
    ).toEqual([expect.stringContaining('Beate Merk')]);
  });

  it('reads a perfect with the participle of a verb of saying last, past a quotation woven into it', () => {
    const found = extract(
      'Die Bundesregierung hatte den Bericht umgehend als „falsch“ zurückgewiesen.',
      undefined,
      'de',
    );
    expect(found.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['falsch', 'Die Bundesregierung']]);
    expect(speakers('Der Sprecher des Verbands hatte bereits auf die „ernste Lage“ hingewiesen.')).toEqual([
      'Der Sprecher des Verbands',
    ]);
  });

  it('reads "äußerte" without "sich" and "ließ … verlauten" as verbs of saying', () => {
    expect(
      speakers(
        'Die Abgeordnete Christel Happach-Kasan äußerte gegenüber dem Hamburger Abendblatt: „Wir sehen das kritisch.“',
      ),
    ).toEqual([expect.stringContaining('Christel Happach-Kasan')]);
    expect(
      speakers('„Der IWF unterstützt Griechenland“, ließ ein IWF-Sprecher aus Washington kurz verlauten.'),
    ).toEqual(['ein IWF-Sprecher']);
  });

  it('reads a description with its complement, and the name the commas set off after it', () => {
    expect(
      speakers('Die Leiterin des Gesundheitsamts der Stadt, Petra Wendland, sagte: „Wir sind gut vorbereitet.“'),
    ).toEqual(['Petra Wendland']);
    expect(speakers('„Die Lage bleibt ernst“, erklärte der Sprecher des Landesverbands, Jonas Petersen.')).toEqual([
      'Jonas Petersen',
    ]);
    expect(speakers('Der Geschäftsführer des Vereins nannte den Plan „völlig verfehlt“.')).toEqual([
      'Der Geschäftsführer des Vereins',
    ]);
    // A name first keeps its name: the role after the comma is no one's name.
    expect(speakers('Karl Lindner, Vorsitzender des Kreisverbands, sagte: „Wir machen weiter.“')).toEqual([
      'Karl Lindner',
    ]);
  });

  it('takes the subject before the verb over a name in a setting after it, and a description the setting follows', () => {
    expect(
      speakers(
        'Ein Sprecher des Ministeriums sagte zu der von der Gewerkschaft erhobenen Forderung: „Das geht nicht.“',
      ),
    ).toEqual(['Ein Sprecher des Ministeriums']);
    expect(
      speakers('In einer Mitteilung erklärte die Landtagsfraktion zum Rücktritt, man nehme dies „mit Bedauern“ hin.'),
    ).toEqual(['die Landtagsfraktion']);
  });

  it('finds who is quoted in a passive with zitiert, after a setting that stands first', () => {
    expect(speakers('Auf der firmeneigenen Seite wird Brenner wie folgt zitiert: „Wir bleiben hier.“')).toEqual([
      'Brenner',
    ]);
  });

  it('reads "er" and "sie" as the person named last before them whose gender agrees, in the paragraph', () => {
    expect(
      speakers(
        'Der Arzt Peter Müller hat sich optimistisch geäußert. Er sagte: „Durch die Operation hat er eine Chance.“',
      ),
    ).toEqual(['Peter Müller']);
    expect(
      speakers(
        'Auch kritisierte die Bürgermeisterin Anna Keller den Plan der Regierung. Sie forderte: „Wir brauchen mehr Geld.“',
      ),
    ).toEqual(['Anna Keller']);
    // Not a name in a setting ("Gegenüber NDR Info"), nor a "sie" that is plural.
    expect(
      speakers(
        'Der frühere Bürgermeister, Heiner Lorenz, schätzt die Lage ernst ein. Gegenüber NDR Info äußerte er sich: „Das ist das Ende.“',
      ),
    ).toEqual(['Heiner Lorenz']);
    expect(speakers('Die Anwohner der Straße protestierten gegen den Bau. Sie riefen: „Nicht mit uns!“')).toEqual([
      null,
    ]);
  });

  it('reads adjectives a number opens, and a subject before an appositive whose commas end no clause', () => {
    expect(speakers('Der 31-jährige Torwart gab bekannt: „Ich höre zum Saisonende auf.“')).toEqual([
      'Der 31-jährige Torwart',
    ]);
    expect(
      speakers(
        'Die Leiterin der Studie, Maria Oster, sieht die Schuld vor allem beim Staat: „Es muss mehr geschehen.“',
      ),
    ).toEqual(['Maria Oster']);
    expect(
      speakers('Auch der Sprecher des Verbands, Tim Walter, äußerte sich zufrieden: „Das ist ein Erfolg.“'),
    ).toEqual(['Tim Walter']);
  });

  it('takes a sentence with no verb before a colon as its speaker’s label, not a clause with dass', () => {
    expect(speakers('Jana Roth, Sprecherin des Vereins: „Wir geben nicht auf.“')).toEqual(['Jana Roth']);
    expect(
      speakers(
        'Der Innenminister zeigte sich besorgt, dass die Fehden nun auch ins Ausland getragen würden: „Das ist neu.“',
      ),
    ).toEqual(['Der Innenminister']);
  });

  it('finds the subject of a passive with mit den Worten zitiert, past a newspaper’s name in quotation marks', () => {
    expect(
      speakers('Der Fraktionschef, Jonas Beck, wird von der „Morgenpost“ mit den Worten zitiert: „Das ist vorbei.“'),
    ).toEqual(['Jonas Beck']);
  });

  it('reads a noun after the verb as its object where the subject stood before an appositive', () => {
    expect(
      speakers('Karl Brandt, der Vorsitzende, begründete die Forderung damit, dass der Minister „ohne Plan“ handle.'),
    ).toEqual(['Karl Brandt']);
    expect(speakers('„Ein Delikt bleibt ein Delikt“, begründet das Gericht seine Entscheidung.')).toEqual([
      'das Gericht',
    ]);
  });

  it('takes the source of a reporting clause that ends the sentence after a woven quotation', () => {
    expect(speakers('Die Regierung müsse „sofort und vollständig“ einlenken, so Hartmann.')).toEqual(['Hartmann']);
    expect(
      speakers('Die Anlage sei wegen „technischer Probleme“ ausgefallen, sagte ein Sprecher der Stadtwerke.'),
    ).toEqual(['ein Sprecher der Stadtwerke']);
  });

  it('takes the subject after the verb where what stands first is no one (the object, an adverb)', () => {
    expect(
      speakers(
        'Den Ärger der Partei über den Beschluss brachte die Sprecherin der Fraktion, Lena Vogt, zum Ausdruck: „Das war falsch.“',
      ),
    ).toEqual(['Lena Vogt']);
    expect(
      speakers(
        'Die Anwendung der neuen Regel stellte der Vorsitzende Paul Grimm ebenfalls in Frage: „Das geht so nicht.“',
      ),
    ).toEqual(['Paul Grimm']);
    expect(speakers('Ergänzend fügt Hartwig hinzu: „Wir prüfen alle Möglichkeiten.“')).toEqual(['Hartwig']);
    // A genitive name before its noun is a thing: the subject before the verb stays.
    expect(speakers('Der Ausschuss würdigte damit Merkels Einsatz für die „Stärkung der Diplomatie“.')).toEqual([
      'Der Ausschuss',
    ]);
  });

  it('keeps a short quotation where its sentence reports speech, and drops names in title case', () => {
    expect(speakers('Der Minister bezeichnete die Pläne als „Wortbruch“.')).toEqual(['Der Minister']);
    expect(speakers('Die Band trat am Abend im „Kesselhaus“ auf.')).toEqual([]);
    expect(speakers('Das sagte der Minister der „Berliner Zeitung“ am Montag.')).toEqual([]);
  });

  it('carries the speaker of reported speech on through sentences in the subjunctive', () => {
    expect(speakers('Anna Berger sagte, die Lage sei ernst. Es gebe „keine Alternative“ zu dem Plan.')).toEqual([
      'Anna Berger',
    ]);
    expect(
      speakers('Jana Lau, die Vorsitzende der Partei, sagte, das Prinzip, „ein Mann, eine Stimme“, gelte hier nicht.'),
    ).toEqual(['Jana Lau']);
    // Through a colon, to a clause in the subjunctive within the same sentence.
    expect(
      speakers(
        'Der stellvertretende SPD-Fraktionsvorsitzende Michael Müller bezweifelte offen die Eignung Merkels für das Amt des Kanzlers: Er habe „nicht den Eindruck, dass sie es kann“.',
      ),
    ).toEqual([expect.stringContaining('Michael Müller')]);
    // A clause before a colon that opens with "seine" gives the words of the man named before.
    expect(
      speakers(
        'Der EU-Außenbeauftragte Javier Solana reiste am Montag nach Luxemburg. Seine Zuversicht gründet sich auf Erfahrungen mit der Türkeifrage: „Entscheidungen, die die Türkei betreffen, sind immer erst in letzter Minute getroffen worden.“',
      ),
    ).toEqual(['Javier Solana']);
    // "so" and its source before a colon.
    expect(
      speakers(
        'Auch diese Uninformiertheit habe Methode, so Elshorst weiter: „Das ist auch in anderen Firmen üblich.“',
      ),
    ).toEqual(['Elshorst']);
  });

  it('takes "heißt es" to name the text it is written in, where it says, else no one', () => {
    expect(speakers('In dem Bericht heißt es wörtlich: „Die Mittel reichen nicht aus.“')).toEqual(['dem Bericht']);
    expect(speakers('Die Kosten seien „nicht mehr tragbar“, so heißt es in einer Erklärung des Verbands.')).toEqual([
      'einer Erklärung des Verbands',
    ]);
    expect(speakers('„Wir sind umgezogen“, heißt es.')).toEqual([null]);
  });

  it('reads a verb form inflected before its noun as no reporting verb', () => {
    expect(
      speakers('Nach Angaben der Polizei räumten Beamte das als „Camp der Hoffnung“ bekannte Gelände am Hafen.'),
    ).toEqual(['der Polizei']);
  });

  it('reads no subject in a phrase that opens with a preposition of the genitive', () => {
    expect(
      speakers(
        'Bezüglich der Kosten meldete die Nachrichtenagentur Reuters, das Projekt sei „deutlich teurer als geplant“.',
      ),
    ).toEqual([expect.stringContaining('Reuters')]);
    expect(speakers('Angesichts der Lage erklärte der Innenminister: „Wir handeln sofort.“')).toEqual([
      expect.stringContaining('Innenminister'),
    ]);
  });

  it('takes the text where words stand written as their source, not a person named before', () => {
    const text =
      'Verlagschefin Maria Kunz lobte das Team. In einem Rundschreiben an die Belegschaft war von einem „schwierigen, aber nötigen Umbau“ die Rede.';
    expect(speakers(text)).toEqual(['einem Rundschreiben']);
    expect(speakers('Auf dem Plakat der Demonstranten war „Bildung für alle, jetzt und hier“ zu lesen.')).toEqual([
      'dem Plakat der Demonstranten',
    ]);
    expect(speakers('Im Gesetzentwurf steht bisher der Satz: „Die Daten werden nach sechs Monaten gelöscht.“')).toEqual(
      ['Gesetzentwurf'],
    );
    // "Darin steht": the text the sentence before names.
    expect(
      speakers(
        'Die Staatsanwaltschaft gab am Dienstag eine ausführliche Stellungnahme ab. Darin steht unter anderem: „Wir ermitteln in alle Richtungen.“',
      ),
    ).toEqual(['eine ausführliche Stellungnahme']);
    expect(speakers('Der Minister besuchte am Montag Berlin. Darin steht: „Das ist gut so.“')).toEqual([null]);
    // A place is no text: "In Berlin steht …" names no source.
    expect(speakers('In Berlin steht der Senat vor „einer äußerst schwierigen Lage im Haushalt“.')).toEqual([null]);
  });

  it('takes the subject of a wie-clause that reports, and a quoted name after laut, as the source', () => {
    expect(speakers('Wie die Sprecherin der Stadt am Montag mitteilte, sei die Brücke „vorerst gesperrt“.')).toEqual([
      'die Sprecherin der Stadt',
    ]);
    expect(speakers('Laut „Tagesspiegel“ sei der Plan „vom Tisch“.')).toEqual(['Tagesspiegel']);
    // A medium after the speaker is where the words are taken from.
    expect(speakers('„Wir müssen bis Ende Oktober raus sein“, sagte Raab laut Spiegel Online.')).toEqual([
      'Spiegel Online',
    ]);
  });

  it('takes a quoted name as the subject of a wie-clause, and as no quotation', () => {
    const quotes = extract(
      'Wie „netzpolitik online“ berichtet, blieb die Seite „für mehrere Tage nicht erreichbar“.',
      undefined,
      'de',
    ).quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['für mehrere Tage nicht erreichbar', 'netzpolitik online'],
    ]);
  });

  it('reads nouns of persons by their role, a noun a number opens, and a place in a description', () => {
    expect(speakers('Die Autorin zeigte sich überrascht. Sie sagte: „Damit habe ich nicht gerechnet.“')).toEqual([
      'Die Autorin',
    ]);
    expect(speakers('Der 58-Jährige sagte: „Ich bereue nichts.“')).toEqual(['Der 58-Jährige']);
    expect(
      speakers('Der Vorsitzende des Verbands in Bayern, Max Ober, kritisierte den Plan scharf: „Das ist Unsinn.“'),
    ).toEqual(['Max Ober']);
  });

  it('finds who is quoted after the quotation with zitiert, and whom the sentence before reports', () => {
    expect(speakers('„Das wird ein großes Update“, zitiert die „Computerwelt“ Berger in einem Bericht.')).toEqual([
      'Berger',
    ]);
    expect(speakers('„Wir sind unerwünscht“, zitierte man Clara Stein vom Sender RTVE.')).toEqual(['Clara Stein']);
    expect(speakers('„Ich sehe das anders“, wird Panetta zitiert.')).toEqual(['Panetta']);
    expect(speakers('Der Verband widersprach der Darstellung. „Hier wird vieles verdreht.“')).toEqual(['Der Verband']);
  });

  it('records no name that opens with a function word, so that a source after "Nach Angaben von" is named', () => {
    expect(speakers('Nach Angaben von Peter Loft sei eine „neue Besatzung“ zusammengestellt worden.')).toEqual([
      expect.stringContaining('Peter Loft'),
    ]);
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
    // A noun the function-word list holds heads a name where it is capitalised.
    expect(
      speakers('„Er ist der kreative Kopf, der in Erinnerung geblieben ist“, schrieb „Die Zeit“ in einem Nachruf.'),
    ).toEqual(['Die Zeit']);
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

describe('the German corpus as evaluation cases', () => {
  it('takes for a pronoun speaker the named speaker before it whose given name agrees', () => {
    const text =
      'Angela Merkel sagte: „Wir schaffen das.“ Der Minister Peter Altmaier lobte sie. ' +
      'Er sagte: „Das ist gut.“ Sie sagte: „Danke.“';
    const span = (words: string) => {
      const at = text.indexOf(words);
      return { text: words, spans: [{ charBegin: at, charEnd: at + words.length }] };
    };
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-german-'));
    mkdirSync(join(dir, 'data', 'dev'), { recursive: true });
    const annotations = [
      { type: 'direct', quote: span('Wir schaffen das.'), speaker: span('Angela Merkel') },
      { type: 'direct', quote: span('Das ist gut.'), speaker: span('Er') },
      { type: 'direct', quote: span('Danke.'), speaker: span('Sie') },
      { type: 'indirect', quote: span('lobte sie'), speaker: span('Der Minister Peter Altmaier') },
    ];
    writeFileSync(join(dir, 'data', 'dev', 'a.json'), JSON.stringify({ originalText: text, annotations }));
    const [doc] = loadGerman(dir, 'dev');
    expect(doc!.gold.map((g) => [g.text, g.source, g.speaker])).toEqual([
      ['Wir schaffen das.', 'Angela Merkel', 'Angela Merkel'],
      ['Das ist gut.', 'Er', 'Der Minister Peter Altmaier'],
      ['Danke.', 'Sie', 'Angela Merkel'],
    ]);
  });
});

describe('German names', () => {
  it('takes a lone word for a name only where the article never writes it after an article', () => {
    const text = 'Das Wetter war am Montag schlecht. Köhler sagte, die Lage sei ernst. Im Internet gab es Kritik.';
    expect(['Wetter', 'Köhler', 'Internet', 'Lage'].map((w) => germanPerson(w, text))).toEqual([
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

  it('takes a body that speaks for a source, though the article writes it after an article', () => {
    expect(
      speakers(
        'Die Polizei war mit 500 Beamten vor Ort. Laut Polizei ist die Demonstration „weitgehend störungsfrei“ verlaufen.',
      ),
    ).toEqual([expect.stringContaining('Polizei')]);
    expect(speakers('Das Gericht machte klar, dass „die Zeuginnen keine Interviews gegeben“ hätten.')).toEqual([
      'Das Gericht',
    ]);
    expect(germanPerson('Bundesregierung', 'Die Bundesregierung tagte.')).toBe(true);
  });

  it('reads the name a description’s commas set off with the party in brackets after it', () => {
    expect(
      speakers('Der Sprecher der Fraktion, Volker Beck (GRÜNE), sagte am Montag: „Das ist ein schwarzer Tag.“'),
    ).toEqual(['Volker Beck']);
  });

  it('reads two roles joined by "und" as one person’s, before the name', () => {
    expect(
      speakers(
        'Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD), warnte die CDU vor einem „populistischen Wahlkampf“.',
      ),
    ).toEqual(['Henning Scherf']);
    expect(
      speakers(
        'Der Landtagsabgeordnete und SPD-Fraktionschef Andreas Stoch sprach von einem „Feldzug gegen die Gemeinschaftsschule“.',
      ),
    ).toEqual(['Andreas Stoch']);
  });

  it('reads a demonstrative as the article of a speaker’s noun phrase', () => {
    expect(
      speakers(
        'Dieser Arzt, Antonio Noja, schilderte gegenüber der Bildzeitung seinen ersten Eindruck, „dass sie einen ' +
          'Herzstillstand im Wasser hatte“.',
      ),
    ).toEqual(['Antonio Noja']);
  });

  it('takes a role after its article for someone, though the article writes it so', () => {
    expect(
      speakers(
        'Der Ermittler, der als wichtiger Zeuge gilt, will nach dem Abschluss des Falls seine Ermittlungen ' +
          'einstellen: „Was Größeres kommt nicht nach!“',
      ),
    ).toEqual(['Der Ermittler']);
    expect(
      speakers(
        'Der Student verbrachte die Nacht in Polizeigewahrsam und hatte gefragt: „Was ist mit dem Radler passiert?“',
      ),
    ).toEqual(['Der Student']);
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

  it('reads a name set after the head of its noun phrase as no quotation where nothing reports speech', () => {
    const found = (text: string) => extract(text, undefined, 'de').quotes.map((q) => q.text);
    expect(
      found('Die Zahlen wurden mit der älteren Untersuchung „Rechte Gewalt in Sachsen 2010 bis 2015“ verglichen.'),
    ).toEqual([]);
    expect(found('Die Lokalzeitung, die der Verlag „Nordsee Medien Gruppe“ herausgibt, erscheint täglich.')).toEqual(
      [],
    );
    // Where a cue or the subjunctive reports speech, the name is part of what was said.
    expect(found('Der Sprecher sagte, die Anlage „Nordwerk Zwei Drei Vier“ sei geschlossen worden.')).toEqual([
      'Nordwerk Zwei Drei Vier',
    ]);
  });

  it('reads a word or two in capitals, or more all capitalised, that no one is found to say as a name', () => {
    const found = (text: string) => extract(text, undefined, 'de').quotes.map((q) => q.text);
    expect(found('„Tranquility“ ist eines von drei Verbindungsmodulen der Raumstation.')).toEqual([]);
    expect(found('Am Abend stand „BBC News“ vor dem Gefängnis in Brazzaville.')).toEqual([]);
    expect(found('Der Präsident bezeichnete den Wahlsieg als „Fest“.')).toEqual(['Fest']);
    expect(found('„Die Einigung kommt“ ist auf dem Plakat zu lesen.')).toEqual(['Die Einigung kommt']);
    // More words, all capitalised but for a foreign name's small words, are a name too; German words are not.
    expect(found('Vor der Auslosung tagte die „Confédération Européenne de Pétanque“ in Rastatt.')).toEqual([]);
    expect(found('„A Bigger Bang“ sahen weltweit 4,6 Millionen Zuschauer.')).toEqual([]);
    expect(found('Zu lesen war „Grundlagen der Existenz der Menschen“ auf dem Schild.')).toEqual([
      'Grundlagen der Existenz der Menschen',
    ]);
  });
});
