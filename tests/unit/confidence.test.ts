// The attribution's confidence: a logistic model of its evidence (src/attribution/confidence.ts), fitted by
// src/eval/fit.ts.
import { describe, expect, it } from 'vitest';
import { type Evidence, probability } from '../../src/attribution/confidence';
import { extract } from '../../src/attribution/extract';
import { fitLogistic, type Sample } from '../../src/eval/fit';

describe('fitting', () => {
  it('learns how often each kind of evidence is right', () => {
    // "strong" is right 9 times in 10, "weak" 3 times in 10.
    const samples: Sample[] = [];
    for (let i = 0; i < 100; i++) {
      samples.push({ x: { bias: 1, strong: 1 }, y: i % 10 < 9 ? 1 : 0 });
      samples.push({ x: { bias: 1, weak: 1 }, y: i % 10 < 3 ? 1 : 0 });
    }
    const w = fitLogistic(samples, { l2: 0 });
    const p = (x: Record<string, number>) =>
      1 / (1 + Math.exp(-Object.entries(x).reduce((z, [n, v]) => z + w[n]! * v, 0)));
    expect(p({ bias: 1, strong: 1 })).toBeCloseTo(0.9, 1);
    expect(p({ bias: 1, weak: 1 })).toBeCloseTo(0.3, 1);
  });
});

describe('the fitted model', () => {
  const evidence: Evidence = {
    method: 'after',
    via: 'name',
    kind: 'person',
    nameWords: 2,
    role: true,
    givenName: true,
    margin: Number.POSITIVE_INFINITY,
    partial: false,
    words: 12,
    report: false,
    language: 'en',
  };

  it('is sure of a full name with its role right after the quotation, less of a contested pronoun', () => {
    expect(probability(evidence)).toBeGreaterThanOrEqual(0.9);
    const pronoun = probability({ ...evidence, via: 'pronoun', margin: 0.5, role: false });
    expect(pronoun).toBeLessThan(probability(evidence));
    expect(probability({ ...evidence, via: 'pronoun', margin: 5, role: false })).toBeGreaterThan(pronoun);
  });

  it('gives every attribution in an article its probability, and none where nobody is named', () => {
    const { quotes } = extract(
      '“We will not close the plant this year,” said Maria Lopez, the company’s chief executive.\n\n' +
        'The plant employs 400 people. “It is a matter of trust,” someone wrote on a sign.',
    );
    expect(quotes[0]!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(quotes[0]!.evidence).toMatchObject({ method: 'after', via: 'name', kind: 'person', role: true });
    for (const q of quotes) expect(q.confidence === 0).toBe(q.speaker === null);
  });

  it('is as sure of another language’s rules as their record on its corpus', () => {
    // German's rules name the right speaker less often than English's (npm run eval -- --german DIR).
    expect(probability({ ...evidence, language: 'de' })).toBeLessThan(probability(evidence));
  });
});
