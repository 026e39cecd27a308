import { MIN_LOOKUP_WORDS, planLookup, rankPostings, tokenWeight } from '../rarest';

const frequencies = new Map([
  ['مصر', 90000],
  ['غزه', 70000],
  ['رئيس', 40000],
  ['قمه', 300],
  ['شرم', 12],
  ['سيسي', 1500],
]);

describe('planning a lookup by the rarest words', () => {
  it('looks up every rare word, rarest first, and leaves the common ones out', () => {
    const plan = planLookup(['مصر', 'قمه', 'غزه', 'شرم', 'سيسي'], frequencies, 2000);
    expect(plan.map((lookup) => lookup.token)).toEqual(['شرم', 'قمه', 'سيسي']);
    expect(plan.every((lookup) => !lookup.capped)).toBe(true);
  });

  it('weighs a rarer word more than a common one', () => {
    expect(tokenWeight(12)).toBeGreaterThan(tokenWeight(300));
    expect(tokenWeight(300)).toBeGreaterThan(tokenWeight(90000));
    expect(tokenWeight(90000)).toBeGreaterThan(0);
  });

  it('a headline of common words only is still looked up by its least common ones, capped', () => {
    const plan = planLookup(['مصر', 'غزه', 'رئيس'], frequencies, 2000);
    expect(plan).toHaveLength(MIN_LOOKUP_WORDS);
    expect(plan.map((lookup) => lookup.token)).toEqual(['رئيس', 'غزه']);
    expect(plan.every((lookup) => lookup.capped)).toBe(true);
  });

  it('tops up one rare word with the least common capped word', () => {
    const plan = planLookup(['مصر', 'شرم', 'غزه'], frequencies, 2000);
    expect(plan.map((lookup) => [lookup.token, lookup.capped])).toEqual([
      ['شرم', false],
      ['غزه', true],
    ]);
  });

  it('leaves out words no title has', () => {
    expect(planLookup(['مجهول', 'اخر'], frequencies)).toEqual([]);
  });
});

describe('ranking posting lists', () => {
  it('puts the document holding the rarest words first, whatever the number of common ones', () => {
    const plan = [
      { token: 'شرم', weight: tokenWeight(12), capped: false },
      { token: 'مصر', weight: tokenWeight(90000), capped: true },
      { token: 'غزه', weight: tokenWeight(70000), capped: true },
    ];
    const postings = new Map([
      ['شرم', ['story']],
      ['مصر', ['common', 'story', 'other']],
      ['غزه', ['common', 'other']],
    ]);
    const ranked = rankPostings(plan, postings, 2);
    expect(ranked.map((doc) => doc.id)).toEqual(['story', 'common']);
  });
});
