/**
 * Names whose given name no list holds (`فيليب لازاريني`, `آبي أحمد`, `أسياس أفورقي`), read only
 * where a role has just introduced a person: `المفوض العام للأونروا فيليب لازاريني`,
 * `رئيس الوزراء الإثيوبي آبي أحمد`, `الرئيس الإريتري أسياس أفورقي`.
 *
 * Without a given name to go by, what follows a role is as often the verb's object
 * (`سبل تعزيز التعاون`, `دعم بلاده`, `ملف السد`), so the shape must be a name's and nothing else:
 * two or three words, none of them definite, a place, an institution, a function word or verb,
 * none ending like an Arabic noun in the accusative, feminine or with a pronoun (`ا`, `ة`/`ه`),
 * the first no given name (those are `parseName`'s to read, whole or not at all), and the clause must
 * end right after them: punctuation, a function word or verb (`إن`, `قال`), a title, or the line's end.
 */
import { GIVEN_NAMES } from './given-names';
import { bareForms, isDefinite, type Line } from './line';
import { honorificAt, roleHeadAt } from './names';
import { COMPOUND_HEADS, NAME_CONNECTORS, NOT_NAME_WORDS, ROLE_NOUNS, ROLE_PLACES } from './stopwords';

type Free = (i: number) => boolean;

const MIN_WORDS = 2;
const MAX_WORDS = 3;

const inList = (list: ReadonlySet<string>, key: string): boolean => bareForms(key).some((form) => list.has(form));

const isForeignNameWord = (line: Line, at: number, free: Free): boolean => {
  const token = line.tokens[at];
  const { key } = token;
  return (
    free(at) &&
    !token.quoteOpen &&
    key.length >= 3 &&
    /^[\u0621-\u064A]+$/.test(key) &&
    !/[اه]$/.test(key) &&
    !isDefinite(key) &&
    !COMPOUND_HEADS.has(key) &&
    !NAME_CONNECTORS.has(key) &&
    ![NOT_NAME_WORDS, ROLE_NOUNS, ROLE_PLACES].some((list) => inList(list, key)) &&
    !honorificAt(line, at) &&
    !roleHeadAt(line, at)
  );
};

/** Where a clause surely ends: nothing after `at`, punctuation, a quote, a function word or verb, a title. */
const endsClause = (line: Line, at: number): boolean => {
  const token = line.tokens[at];
  if (!token) return true;
  return (
    token.gapBefore !== 'space' ||
    token.quoteOpen ||
    line.tokens[at - 1].quoteClose ||
    inList(NOT_NAME_WORDS, token.key) ||
    honorificAt(line, at) !== null ||
    roleHeadAt(line, at) !== null
  );
};

/**
 * The end of a name of unknown given name starting at `start`, right after a role, or `null`.
 * The first word is known to follow the role with a space between.
 */
export const foreignNameAfterRole = (line: Line, start: number, free: Free): number | null => {
  const { tokens } = line;
  let end = start;
  while (
    end < tokens.length &&
    end - start < MAX_WORDS &&
    (end === start || tokens[end].gapBefore === 'space') &&
    !(end > start && tokens[end - 1].quoteClose) &&
    isForeignNameWord(line, end, free)
  ) {
    end += 1;
  }
  if (GIVEN_NAMES.has(tokens[start].key)) return null;
  return end - start >= MIN_WORDS && endsClause(line, end) ? end : null;
};
