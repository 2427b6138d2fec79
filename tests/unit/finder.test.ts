import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FinderMeter, findQuotes, topLevelQuotes } from '../../src/quotes/find';

const quoted = (text: string) => topLevelQuotes(text).map((q) => text.slice(q.start, q.end));

describe('quotation marks of each style', () => {
  it.each([
    [
      'English double',
      'The mayor said, “We will rebuild the bridge by spring.” Then he left.',
      'We will rebuild the bridge by spring.',
    ],
    [
      'straight double',
      'The mayor said, "We will rebuild the bridge by spring." Then he left.',
      'We will rebuild the bridge by spring.',
    ],
    [
      'English single (British)',
      'The minister said: ‘We are not going to raise taxes.’ Critics disagreed.',
      'We are not going to raise taxes.',
    ],
    [
      'straight single',
      "The coach said, 'We played our hearts out tonight,' and walked off.",
      'We played our hearts out tonight,',
    ],
    ['French guillemets', 'Le ministre a déclaré : « Nous ne céderons pas » hier soir.', 'Nous ne céderons pas'],
    ['German reversed guillemets', 'Der Minister sagte: »Wir geben nicht nach«, und ging.', 'Wir geben nicht nach'],
    ['German low-high', 'Die Kanzlerin sagte: „Wir schaffen das.“ Dann ging sie.', 'Wir schaffen das.'],
    ['German single low-high', 'Er nannte es ‚einen Fehler‘ und schwieg.', 'einen Fehler'],
    ['Japanese corner brackets', '首相は「責任を取る」と述べた。', '責任を取る'],
    ['Polish low-high', 'Premier powiedział: „Nie ustąpimy”, i wyszedł.', 'Nie ustąpimy'],
  ])('%s', (_, text, expected) => {
    expect(quoted(text)).toEqual([expected]);
  });
});

describe('apostrophes are not quotation marks', () => {
  it.each([
    'It’s not over, and don’t forget it.',
    'Back in the ’90s, the Joneses’ shop was the town’s only store.',
    "It's the '90s and rock 'n' roll is everywhere, y'all.",
    'The boys’ team beat the girls’ team, ’tis true.',
    'O’Brien and D’Angelo left the Hawks’ arena.',
  ])('%s', (text) => {
    expect(quoted(text)).toEqual([]);
  });

  it('finds a single-quoted quotation around apostrophes', () => {
    const text = 'She said ‘it’s the ’90s all over again’ and laughed.';
    expect(quoted(text)).toEqual(['it’s the ’90s all over again']);
  });
});

describe('spaces inside the marks', () => {
  it.each([
    ['after the opening mark', '“ I love what I’m doing.” she said.', 'I love what I’m doing.'],
    ['inside both marks', 'He told us “ I love what I’m doing ”, and smiled.', 'I love what I’m doing'],
    ['German', 'Die Kanzlerin sagte: „ Wir schaffen das “, und ging.', 'Wir schaffen das'],
  ])('%s', (_, text, expected) => {
    expect(quoted(text)).toEqual([expected]);
  });

  it('never takes a lone mark before a space for a quotation, nor lets it swallow what follows', () => {
    expect(quoted('A 12" pipe and a 6" valve were “ fitted yesterday. They said “it works.”')).toEqual(['it works.']);
    expect(quoted('The word “ alone, then “a real quotation” later.')).toEqual(['a real quotation']);
  });
});

describe('structure', () => {
  it('continues a quotation across paragraphs that each open with a mark', () => {
    const text = '“The first thing we did was call the police.\n\n“Then we waited for hours,” she said.';
    const [q] = topLevelQuotes(text);
    expect(text.slice(q!.start, q!.end)).toBe(
      'The first thing we did was call the police.\n\n“Then we waited for hours,',
    );
    expect(q!.segments.map((s) => text.slice(s.start, s.end))).toEqual([
      'The first thing we did was call the police.',
      'Then we waited for hours,',
    ]);
  });

  it('keeps a quotation inside a quotation as nested', () => {
    const text = '“He told me ‘never again’ and hung up,” the witness said.';
    const all = findQuotes(text);
    expect(all.map((q) => [q.depth, text.slice(q.start, q.end)])).toEqual([
      [0, 'He told me ‘never again’ and hung up,'],
      [1, 'never again'],
    ]);
  });

  it('closes a quotation with a mark standing alone after an inner quotation', () => {
    const text = `"I've always been insulted with the term 'African American outreach,' " he told the group. "Then what?"`;
    expect(quoted(text)).toEqual([
      "I've always been insulted with the term 'African American outreach,'",
      'Then what?',
    ]);
  });

  it('keeps each part of a quotation broken by its attribution', () => {
    expect(quoted('“It’s not enough,” she said. “We need more.”')).toEqual(['It’s not enough,', 'We need more.']);
  });

  it('does not let an unclosed mark swallow the rest of the article', () => {
    const text =
      'He said “this never closes.\n\nA new paragraph. “This one does,” she said.\n\nAnd “another,” he said.';
    expect(quoted(text)).toEqual(['This one does,', 'another,']);
  });

  it('drops a stray closing mark', () => {
    expect(quoted('A stray” mark, then “a real quote” here.')).toEqual(['a real quote']);
  });

  it('offsets point at the words inside the marks', () => {
    const text = 'X said « padded » today.';
    const [q] = topLevelQuotes(text);
    expect(text.slice(q!.start, q!.end)).toBe('padded');
    expect(text[q!.open]).toBe('«');
    expect(text[q!.close]).toBe('»');
  });
});

const MARKS = '“”„‟‘’‚"\'«»‹›「」『』';
const chunk = fc.oneof(
  fc.constantFrom(...MARKS.split('')),
  fc.constantFrom(' ', '\n', '\n\n', 'word', 'It’s', 'Jones’', '’90s', '.', ','),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(chunk, { maxLength: 300 }).map((parts) => parts.join(''));

describe('on any input', () => {
  it('never throws, and returns well-formed spans', () => {
    fc.assert(
      fc.property(text, (t) => {
        const found = findQuotes(t);
        let lastClose = -1;
        for (const q of found) {
          expect(q.open).toBeLessThan(q.start);
          expect(q.start).toBeLessThan(q.end);
          expect(q.end).toBeLessThanOrEqual(q.close);
          expect(q.close).toBeLessThan(t.length);
          expect(t.slice(q.start, q.end)).toBe(t.slice(q.start, q.end).trim());
          if (q.depth === 0) {
            expect(q.open).toBeGreaterThan(lastClose);
            lastClose = q.close;
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('does work linear in the length of the text, adversarial text included', () => {
    const stepsPerChar = (t: string) => {
      const meter: FinderMeter = { steps: 0 };
      findQuotes(t, undefined, meter);
      return meter.steps / Math.max(1, t.length);
    };
    // Every character a mark, every mark unmatched: the worst case for a searching pairer.
    const openers = '“'.repeat(200_000);
    const mixed = Array.from({ length: 100_000 }, (_, i) => `${'“„«‘"'[i % 5]}x`).join('');
    // Many paragraphs and one mark at the very end: the worst case for a search that runs past a paragraph.
    const sparse = `${'No quotation here at all.\n\n'.repeat(20_000)}“The end.”`;
    expect(stepsPerChar(openers)).toBeLessThan(8);
    expect(stepsPerChar(mixed)).toBeLessThan(8);
    expect(stepsPerChar(sparse)).toBeLessThan(8);
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (t, times) => {
        expect(stepsPerChar(t.repeat(times))).toBeLessThan(8);
      }),
      { numRuns: 200 },
    );
  });
});
