/**
 * Officials in a story: people the gazetteer knows (by name, alias and, once named, by their role),
 * and people it does not know, proposed from the titles the text gives them. Precision over recall:
 * an editor adds a missed official in a second, but a wrong one reaches the published article.
 *
 * Only the title and the paragraphs are read; the "read also" list is other stories.
 */
import type { OfficialMention } from './types';
import { findPhrases, buildIndex, type CompiledGazetteer, type PhraseMatch } from './officials/gazetteer';
import { formsOf, toLine, type Line, type Span } from './officials/line';
import { isSpellingVariant } from './edit-distance';
import { GIVEN_NAMES } from './officials/given-names';
import { honorificAt } from './officials/names';
import { NOT_NAME_WORDS } from './officials/stopwords';
import { proposeInLine, type Proposal } from './officials/triggers';
import { proposeInEnglishLine } from './officials/english';
import { proposeAppositionsInEnglishLine } from './officials/english-apposition';
import { withGazetteerSpellings } from './officials/variants';

export { compileGazetteer } from './officials/gazetteer';
export type { CompiledGazetteer } from './officials/gazetteer';

export type StoryText = { title: string | null; paragraphs: string[] };

type Tally = { mentions: number; first: Span };

const before = (a: Span, b: Span): boolean => a.line < b.line || (a.line === b.line && a.start < b.start);

const count = <K>(tallies: Map<K, Tally>, key: K, at: Span): void => {
  const tally = tallies.get(key);
  if (!tally) tallies.set(key, { mentions: 1, first: at });
  else {
    tally.mentions += 1;
    if (before(at, tally.first)) tally.first = at;
  }
};

/** Marks token spans as taken, line by line. */
const takenBy = (lines: Line[], spans: Span[]): boolean[][] => {
  const taken = lines.map((line) => line.tokens.map(() => false));
  for (const { line, start, end } of spans) for (let i = start; i < end; i += 1) taken[line][i] = true;
  return taken;
};

const isLatin = (line: Line, at: number): boolean => /^[a-z]/.test(line.tokens[at].key);

/** Both kinds of trigger; a Latin token can only open an English one. */
const proposals = (line: Line, lineNumber: number, free: (i: number) => boolean): Proposal[] => [
  ...proposeInLine(line, lineNumber, (i) => free(i) && !isLatin(line, i)),
  ...proposeInEnglishLine(line, lineNumber, (i) => free(i) && isLatin(line, i)),
  ...proposeAppositionsInEnglishLine(line, lineNumber, (i) => free(i) && isLatin(line, i)),
];

/** One entry per person: the first role and honorific the text gave wins. */
const mergeProposals = (found: Proposal[]): Proposal[] => {
  const byKey = new Map<string, Proposal>();
  for (const proposal of found) {
    const seen = byKey.get(proposal.key);
    if (!seen) byKey.set(proposal.key, { ...proposal });
    else {
      seen.role = seen.role ?? proposal.role;
      seen.honorific = seen.honorific ?? proposal.honorific;
    }
  }
  return [...byKey.values()];
};

/**
 * `مايا مرسي` is not `محمد مرسي`: a one-word alias (a family name) printed right after a given name
 * that is not the official's (nor a spelling of it: `أنطوني بلينكن`) names someone else.
 */
const isNamesake = (line: Line, hit: PhraseMatch, gazetteer: CompiledGazetteer): boolean => {
  const { tokens } = line;
  if (hit.end - hit.start !== 1 || hit.start === 0 || tokens[hit.start].gapBefore !== 'space') return false;
  // `محمد والسيسي`: the conjunction says these are two people.
  if (tokens[hit.start].key !== hit.phrase.tokens[0]) return false;
  const previous = tokens[hit.start - 1].key;
  if (!GIVEN_NAMES.has(previous)) return false;
  return !hit.phrase.officials.some((i) =>
    [...gazetteer.givenNames[i]].some((given) => isSpellingVariant(given, previous))
  );
};

/**
 * A role phrase stands for the person only when it stands alone: not in apposition with a name
 * (`وزير الخارجية الأمريكي "أنتوني بلينكن"` is one mention, and `وزير الخارجية X Y` is X Y), and
 * not the start of a longer role (`وزير الخارجية` inside `وزير الخارجية الأمريكي`). What follows it
 * must be a function word or verb (`... لبحث`, `... تقدير`) or the end of the clause.
 */
const ARTICLES = new Set(['the', 'a', 'an']);

const standsAlone = (line: Line, role: Span, names: Span[]): boolean => {
  const { tokens } = line;
  // `Antony Blinken, the US Secretary of State`: the article does not part the role from the name.
  const article = role.start > 0 && ARTICLES.has(tokens[role.start - 1].key) && tokens[role.start].gapBefore === 'space';
  const opens = article ? role.start - 1 : role.start;
  if (names.some((name) => name.end === opens && tokens[opens].gapBefore !== 'stop')) return false;
  if (role.end >= tokens.length || tokens[role.end].gapBefore !== 'space') return true;
  const nameStart = honorificAt(line, role.end)?.end ?? role.end;
  if (names.some((name) => name.start === nameStart)) return false;
  return formsOf(tokens[role.end].key).some((form) => NOT_NAME_WORDS.has(form));
};

export const recogniseOfficials = (story: StoryText, gazetteer: CompiledGazetteer): OfficialMention[] => {
  const lines = [story.title ?? '', ...story.paragraphs].map((text) => withGazetteerSpellings(toLine(text ?? ''), gazetteer.variants));
  const { officials } = gazetteer;

  const nameHits = lines
    .flatMap((line, n) => findPhrases(gazetteer.names, line, n))
    .filter((hit) => !isNamesake(lines[hit.line], hit, gazetteer));
  const named = new Set(nameHits.filter((hit) => hit.phrase.officials.length === 1).map((hit) => hit.phrase.officials[0]));
  const known = new Map<number, Tally>();
  for (const hit of nameHits) {
    // An ambiguous alias counts only for the one official the story otherwise names unambiguously.
    const candidates = hit.phrase.officials.filter((i) => hit.phrase.officials.length === 1 || named.has(i));
    if (candidates.length === 1) count(known, candidates[0], hit);
  }

  // Spans matched to a known official, ambiguous ones included, are never proposed as someone new.
  const knownTaken = takenBy(lines, nameHits);
  const proposed = mergeProposals(lines.flatMap((line, n) => proposals(line, n, (i) => !knownTaken[n][i])));
  const proposedIndex = buildIndex(proposed.map((proposal, k): [string, number] => [proposal.key, k]));
  const proposedHits = lines.flatMap((line, n) => findPhrases(proposedIndex, line, n, (i) => !knownTaken[n][i]));
  const unknown = new Map<number, Tally>();
  for (const hit of proposedHits) count(unknown, hit.phrase.officials[0], hit);

  const nameSpans: Span[] = [...nameHits, ...proposedHits];
  const taken = takenBy(lines, nameSpans);
  const spansByLine: Span[][] = lines.map(() => []);
  for (const span of nameSpans) spansByLine[span.line].push(span);
  const roleHits: PhraseMatch[] = lines.flatMap((line, n) => findPhrases(gazetteer.roles, line, n, (i) => !taken[n][i]));
  for (const hit of roleHits) {
    const candidates = hit.phrase.officials.filter((i) => named.has(i));
    if (candidates.length === 1 && standsAlone(lines[hit.line], hit, spansByLine[hit.line])) count(known, candidates[0], hit);
  }

  const mentions: Array<OfficialMention & { first: Span }> = [
    ...[...known].map(([i, tally]) => ({
      name: officials[i].name,
      role: officials[i].role ?? null,
      honorific: officials[i].honorific ?? null,
      documentId: officials[i].documentId,
      known: true,
      mentions: tally.mentions,
      first: tally.first,
    })),
    ...proposed.map((proposal, k) => ({
      name: proposal.name,
      role: proposal.role,
      honorific: proposal.honorific,
      documentId: null,
      known: false,
      mentions: unknown.get(k)?.mentions ?? 1,
      first: unknown.get(k)?.first ?? proposal,
    })),
  ];
  return mentions
    .sort((a, b) => (before(a.first, b.first) ? -1 : before(b.first, a.first) ? 1 : 0))
    .map(({ first: _first, ...mention }) => mention);
};
