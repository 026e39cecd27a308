/**
 * The officials gazetteer compiled for matching: every name, alias and role as a match-key token
 * sequence, indexed by its first token. A story's token then looks up only the phrases that can
 * start with it (a handful of map lookups per word, whatever the size of the gazetteer).
 */
import { tokensOf } from '../normalize';
import type { KnownOfficial } from '../types';
import { formsOf, type Line, type Span } from './line';
import { buildVariantIndex, type VariantIndex } from './variants';

/** One token sequence and the officials it names (more than one: an ambiguous alias or a shared role). */
export type Phrase = { key: string; tokens: string[]; officials: number[] };

/**
 * Phrases by first token: the lengths they come in (longest first) and each phrase by its whole key.
 * A lookup is one map probe per length, however many phrases share a first word: a story that
 * proposes thousands of `محمد …` names would otherwise compare each `محمد` with all of them.
 */
export type PhraseIndex = Map<string, { lengths: number[]; byKey: Map<string, Phrase> }>;

export type CompiledGazetteer = {
  officials: KnownOfficial[];
  names: PhraseIndex;
  roles: PhraseIndex;
  /** Per official, the first words of its several-word names (`أنتوني`, `انتوني`, `توني`). */
  givenNames: Array<Set<string>>;
  /** The words of every name and alias, for reading other spellings of foreign names as these. */
  variants: VariantIndex;
};

export type PhraseMatch = Span & { phrase: Phrase };

/** Index `[text, official]` pairs; texts that fold to the same key merge their officials. */
export const buildIndex = (entries: Iterable<[string, number]>): PhraseIndex => {
  const byKey = new Map<string, Phrase>();
  for (const [text, official] of entries) {
    const tokens = tokensOf(text);
    if (tokens.length === 0) continue;
    const key = tokens.join(' ');
    const phrase = byKey.get(key) ?? { key, tokens, officials: [] };
    if (!phrase.officials.includes(official)) phrase.officials.push(official);
    byKey.set(key, phrase);
  }
  const index: PhraseIndex = new Map();
  for (const phrase of byKey.values()) {
    const bucket = index.get(phrase.tokens[0]) ?? { lengths: [], byKey: new Map() };
    if (!bucket.lengths.includes(phrase.tokens.length)) bucket.lengths.push(phrase.tokens.length);
    bucket.byKey.set(phrase.key, phrase);
    index.set(phrase.tokens[0], bucket);
  }
  for (const bucket of index.values()) bucket.lengths.sort((a, b) => b - a);
  return index;
};

function* nameEntries(officials: KnownOfficial[]): Generator<[string, number]> {
  for (const [i, official] of officials.entries()) {
    yield [official.name, i];
    for (const alias of official.aliases ?? []) yield [alias, i];
  }
}

function* roleEntries(officials: KnownOfficial[]): Generator<[string, number]> {
  for (const [i, official] of officials.entries()) if (official.role) yield [official.role, i];
}

const givenNamesOf = (official: KnownOfficial): Set<string> =>
  new Set(
    [official.name, ...(official.aliases ?? [])]
      .map((text) => tokensOf(text))
      .filter((tokens) => tokens.length > 1)
      .map((tokens) => tokens[0])
  );

export const compileGazetteer = (officials: KnownOfficial[]): CompiledGazetteer => ({
  officials,
  names: buildIndex(nameEntries(officials)),
  roles: buildIndex(roleEntries(officials)),
  givenNames: officials.map(givenNamesOf),
  variants: buildVariantIndex(
    officials.flatMap((official) => [official.name, ...(official.aliases ?? [])].flatMap((text) => tokensOf(text)))
  ),
});

/**
 * The longest phrase starting at token `at`. Only the first word may carry clitics (`وبلينكن`,
 * `للسيسي`); the phrase stays inside one clause (no comma or full stop within it).
 */
const longestAt = (index: PhraseIndex, line: Line, at: number, free: (i: number) => boolean): Phrase | null => {
  const { tokens } = line;
  let best: Phrase | null = null;
  for (const form of formsOf(tokens[at].key)) {
    const bucket = index.get(form);
    if (!bucket) continue;
    // The tokens that may continue a phrase: same clause, still free; never further than the longest.
    let reach = 1;
    while (
      reach < bucket.lengths[0] &&
      at + reach < tokens.length &&
      tokens[at + reach].gapBefore === 'space' &&
      free(at + reach)
    ) {
      reach += 1;
    }
    for (const length of bucket.lengths) {
      if (best && best.tokens.length >= length) break;
      if (length > reach) continue;
      const key = [form, ...tokens.slice(at + 1, at + length).map((token) => token.key)].join(' ');
      const phrase = bucket.byKey.get(key);
      if (phrase) {
        best = phrase;
        break;
      }
    }
  }
  return best;
};

/** Leftmost-longest, non-overlapping matches of an index in a line; `free(i)` says token `i` may be used. */
export const findPhrases = (
  index: PhraseIndex,
  line: Line,
  lineNumber: number,
  free: (i: number) => boolean = () => true
): PhraseMatch[] => {
  const matches: PhraseMatch[] = [];
  for (let at = 0; at < line.tokens.length; at += 1) {
    if (!free(at)) continue;
    const phrase = longestAt(index, line, at, free);
    if (!phrase) continue;
    matches.push({ line: lineNumber, start: at, end: at + phrase.tokens.length, phrase });
    at += phrase.tokens.length - 1;
  }
  return matches;
};
