/**
 * The officials gazetteer compiled for matching: every name, alias and role as a match-key token
 * sequence, indexed by its first token. A story's token then looks up only the phrases that can
 * start with it (a handful of map lookups per word, whatever the size of the gazetteer).
 */
import { tokensOf } from '../normalize';
import type { KnownOfficial } from '../types';
import { formsOf, type Line, type Span } from './line';

/** One token sequence and the officials it names (more than one: an ambiguous alias or a shared role). */
export type Phrase = { key: string; tokens: string[]; officials: number[] };

/** Phrases by first token, longest first. */
export type PhraseIndex = Map<string, Phrase[]>;

export type CompiledGazetteer = {
  officials: KnownOfficial[];
  names: PhraseIndex;
  roles: PhraseIndex;
  /** Per official, the first words of its several-word names (`أنتوني`, `انتوني`, `توني`). */
  givenNames: Array<Set<string>>;
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
    const bucket = index.get(phrase.tokens[0]) ?? [];
    bucket.push(phrase);
    index.set(phrase.tokens[0], bucket);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.tokens.length - a.tokens.length);
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
});

/**
 * The longest phrase starting at token `at`. Only the first word may carry clitics (`وبلينكن`,
 * `للسيسي`); the phrase stays inside one clause (no comma or full stop within it).
 */
const longestAt = (index: PhraseIndex, line: Line, at: number, free: (i: number) => boolean): Phrase | null => {
  const { tokens } = line;
  let best: Phrase | null = null;
  for (const form of formsOf(tokens[at].key)) {
    for (const phrase of index.get(form) ?? []) {
      const length = phrase.tokens.length;
      if (best && best.tokens.length >= length) break;
      if (at + length > tokens.length) continue;
      let k = 1;
      while (
        k < length &&
        tokens[at + k].key === phrase.tokens[k] &&
        tokens[at + k].gapBefore === 'space' &&
        free(at + k)
      ) {
        k += 1;
      }
      if (k === length) best = phrase;
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
