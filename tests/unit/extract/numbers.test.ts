import { describe, expect, it } from 'vitest';
import { hedgeBefore, parseFractionAt, parseNumberAt } from '@/lib/extract/numbers';
import { tokenize } from '@/lib/extract/tokens';

function numberIn(text: string, word: string) {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.norm === word);
  const n = parseNumberAt(tokens, i);
  return n ? { value: n.value, hedge: hedgeBefore(tokens, i).hedge } : null;
}

describe('numbers as reporters write them', () => {
  it.each([
    ['some 1,000 officers', '1,000', 1000, 'about'],
    ['over 3000 people', '3000', 3000, 'at_least'],
    ['at least 5,500 people', '5,500', 5500, 'at_least'],
    ['nearly 900 officers', '900', 900, 'about'],
    ['up to 2,500 personnel', '2,500', 2500, 'at_most'],
    ['twenty-five soldiers', 'twenty', 25, 'exact'],
    ['more than a million people', 'a', 1_000_000, 'at_least'],
    ['one million people', 'one', 1_000_000, 'exact'],
    ['a dozen residents', 'a', 12, 'exact'],
    ['two dozen homes', 'two', 24, 'exact'],
    ['one hundred and twenty people', 'one', 120, 'exact'],
    ['1.5 million displaced', '1.5', 1_500_000, 'exact'],
    ['vingt et une personnes', 'vingt', 21, 'exact'],
    ['soixante et onze personnes', 'soixante', 71, 'exact'],
    ['killed two and three others', 'two', 2, 'exact'],
  ])('"%s" → %s', (text, word, value, hedge) => {
    expect(numberIn(text, word)).toEqual({ value, hedge });
  });

  it('is not fooled by words that are not numbers', () => {
    expect(numberIn('the officer was alone', 'officer')).toBeNull();
    expect(numberIn('a constructor', 'a')).toBeNull();
  });

  it('reads shares: three-quarters, two thirds, half, 60 percent', () => {
    const share = (text: string) => parseFractionAt(tokenize(text), 0)?.share;
    expect(share('three-quarters of whom')).toBeCloseTo(0.75);
    expect(share('two thirds of them')).toBeCloseTo(2 / 3);
    expect(share('half of them')).toBe(0.5);
    expect(share('60 percent of them')).toBeCloseTo(0.6);
    expect(share('officers of them')).toBeUndefined();
  });
});

describe('French numbers written with « et » in a toll', () => {
  it('counts « vingt et une », « soixante et onze », « trente et un » whole, before or after the verb', async () => {
    const { casualtyLines } = await import('../helpers/casualty-lines');
    expect(casualtyLines('Vingt et une personnes ont été blessées lundi à Delmas.')).toEqual([
      'injured/civilian/-/21',
    ]);
    expect(casualtyLines('Soixante et onze personnes ont été tuées lundi à Delmas.')).toEqual([
      'killed/civilian/-/71',
    ]);
    expect(casualtyLines('Des bandits ont tué trente et un policiers lundi à Delmas.')).toEqual([
      'killed/police/-/31',
    ]);
  });
});
