/**
 * Which words of a headline to look candidates up by, and how much each counts: the rarest ones.
 *
 * A headline shares `مصر` or `غزة` with a fifth of a news archive, so counting every shared word
 * reads a fifth of the token index per headline and ranks thousands of near-ties. Words are
 * weighted by their inverse document frequency instead, and a word's posting list is read whole
 * only while it is short (`POSTING_CAP`). Longer lists are read capped, and only when the headline
 * has too few rare words to find its story by (`MIN_LOOKUP_WORDS`).
 *
 * Why nothing true is lost: a story that the score could link or suggest shares at least 70% of
 * the headline's words (matching/score.ts), so it holds at least one of any four of a 10-word
 * headline's words, and rare words are exactly the ones it cannot share by chance. A headline made
 * of nothing but very common words is looked up among a capped slice of each list; it still finds
 * its story by exact key (the `exact` lookup) however common its words.
 */

/** Posting lists longer than this are read capped (deterministically, by document id). */
export const POSTING_CAP = 1000;
/** The fewest words a headline is looked up by, however common they are. */
export const MIN_LOOKUP_WORDS = 2;

export type TokenLookup = { token: string; weight: number; capped: boolean };

// Above any document frequency a locale reaches: weights stay positive and rarer is heavier.
const UNIVERSE = 1e8;

/** A word's weight: its inverse document frequency; a word no title has weighs nothing. */
export const tokenWeight = (documentFrequency: number): number =>
  documentFrequency > 0 ? Math.log(UNIVERSE / documentFrequency) : 0;

/**
 * The lookups for `tokens`, rarest first: every word whose posting list is short, then capped
 * common words until there are `MIN_LOOKUP_WORDS`. Words no title has are left out (nothing to read).
 */
export const planLookup = (
  tokens: readonly string[],
  documentFrequency: ReadonlyMap<string, number>,
  cap = POSTING_CAP
): TokenLookup[] => {
  const known = [...new Set(tokens)]
    .map((token) => ({ token, df: documentFrequency.get(token) ?? 0 }))
    .filter(({ df }) => df > 0)
    .sort((a, b) => a.df - b.df || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
  const plan: TokenLookup[] = [];
  for (const { token, df } of known) {
    const capped = df > cap;
    if (capped && plan.length >= MIN_LOOKUP_WORDS) break;
    plan.push({ token, weight: tokenWeight(df), capped });
  }
  return plan;
};

/**
 * Ranks the documents of the posting lists read for `plan` by the summed weight of the words they
 * hold, heaviest first, ties by id: deterministic whatever order the lists were read in.
 */
export const rankPostings = (
  plan: readonly TokenLookup[],
  postings: ReadonlyMap<string, readonly string[]>,
  limit: number
): { id: string; weight: number }[] => {
  const weights = new Map<string, number>();
  for (const { token, weight } of plan) {
    for (const id of postings.get(token) ?? []) weights.set(id, (weights.get(id) ?? 0) + weight);
  }
  return [...weights]
    .map(([id, weight]) => ({ id, weight }))
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
};
