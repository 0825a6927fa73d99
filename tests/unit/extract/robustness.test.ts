/** Inputs the product will meet that no article author intended. */
import { describe, expect, it } from 'vitest';
import { readReport, reportDraftSchema } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const read = (text: string) => readReport(text, { publishedAt: '2025-05-14', gazetteer: GAZETTEER });

describe('robustness', () => {
  it('reads a 100 KB article and every span still points at its sentence', () => {
    const paragraph =
      'Two Jamaican soldiers were wounded in Cité Soleil on Monday, at least 70 people, including 10 women, were killed in Pont-Sondé, ' +
      'and more than a million have been displaced since 2021, according to the United Nations.\n\n';
    const text = paragraph.repeat(Math.ceil(100_000 / paragraph.length));
    const draft = read(text);
    expect(() => reportDraftSchema.parse(draft)).not.toThrow();
    for (const i of draft.incidents)
      for (const s of i.evidenceSpans) expect(i.evidence).toContain(text.slice(s.from, s.to));
  });

  it('survives text built to make regular expressions backtrack', () => {
    const nasty = [
      `${'in the '.repeat(5000)}x`,
      `${'February and '.repeat(3000)}2025`,
      `${'a '.repeat(20_000)}!`,
      `${'1,'.repeat(20_000)}1`,
      `${'Monday, '.repeat(5000)}August`,
      '“'.repeat(10_000),
      `${'soldiers and '.repeat(20_000)}soldiers were killed.`,
      `${'A gang leader known as '.repeat(5000)}X was killed.`,
      `${'said on '.repeat(10_000)}Monday`,
    ];
    for (const text of nasty) expect(() => reportDraftSchema.parse(read(text))).not.toThrow();
  });

  it('does not answer to words every JavaScript object knows ("constructor", "toString")', () => {
    const draft = read(
      'The constructor was killed in hasOwnProperty on Monday, toString said, and a constructor million people fled.',
    );
    expect(() => reportDraftSchema.parse(draft)).not.toThrow();
    expect(JSON.stringify(draft)).not.toMatch(/function|NaN|null,"count"/);
  });

  it('gives the same draft twice for the same input', () => {
    const text =
      'A Kenyan officer was killed in an ambush in Pont-Sondé on Tuesday. The mission has about 1,000 personnel.';
    expect(read(text)).toEqual(read(text));
  });
});
