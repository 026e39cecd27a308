/**
 * What a person's name looks like in Arabic news copy, strictly enough that prose is never read as
 * one: 2–4 words, starting with a common given name (or printed in quotes), no function words or
 * verbs, and an `ال` word only as the family name right after the given name (`أحمد الطيب`,
 * `عبد الفتاح السيسي`). Losing an unusual name is cheaper than inventing an official.
 */
import { GIVEN_NAMES } from './given-names';
import { bareForms, formsOf, isDefinite, type Line } from './line';
import { COMPOUND_HEADS, keySet, NAME_CONNECTORS, NAME_SUFFIXES, NOT_NAME_WORDS } from './stopwords';

/** Ranks and styles printed before a name. `الفريق أول` is read as one. */
export const HONORIFICS = keySet(`
  الرئيس الرئيسة الملك الملكة الأمير الأميرة الشيخ الشيخة اللواء الفريق العميد العقيد السفير السفيرة
  المستشار المستشارة الدكتور الدكتورة المهندس المهندسة الوزير الوزيرة
`);
const HONORIFIC_SECOND_WORDS = keySet('أول');

/** Words that open a role phrase: `وزير الري`, `رئيس المخابرات العامة`, `محافظ البنك المركزي`. */
export const ROLE_HEADS = keySet('وزير وزيرة رئيس رئيسة سفير سفيرة مدير مديرة محافظ مستشار مستشارة');
/** `المتحدث الرسمي باسم ...`: a role even before its institution is named. */
const SPOKESPERSON = keySet('المتحدث المتحدثة');
const SPOKESPERSON_WORDS = keySet('الرسمي الرسمية باسم');

export type Match = { end: number; form: string };

const isFunctionWord = (key: string): boolean => bareForms(key).some((form) => NOT_NAME_WORDS.has(form));

/** An honorific at token `at` (through clitics: `وبالرئيس`), with the form it was read as. */
export const honorificAt = (line: Line, at: number): Match | null => {
  const form = formsOf(line.tokens[at].key).find((candidate) => HONORIFICS.has(candidate));
  if (!form) return null;
  const next = line.tokens[at + 1];
  const second = next && next.gapBefore === 'space' && HONORIFIC_SECOND_WORDS.has(next.key);
  return { end: second ? at + 2 : at + 1, form };
};

/** A role head at token `at` (`ووزير`, `لرئيس`; never `الرئيس`, which is an honorific). */
export const roleHeadAt = (line: Line, at: number): Match | null => {
  const forms = bareForms(line.tokens[at].key);
  const head = forms.find((form) => ROLE_HEADS.has(form));
  if (head) return { end: at + 1, form: head };
  const spokesperson = forms.find((form) => SPOKESPERSON.has(form));
  if (!spokesperson) return null;
  let end = at + 1;
  while (end < line.tokens.length && end < at + 3 && SPOKESPERSON_WORDS.has(line.tokens[end].key)) end += 1;
  return end > at + 1 ? { end, form: spokesperson } : null;
};

/** A word that may stand inside a name (not a function word, verb, title or digit). */
const isNameWord = (line: Line, at: number): boolean => {
  const { key } = line.tokens[at];
  return (
    key.length >= 2 &&
    !/\d/.test(key) &&
    !isFunctionWord(key) &&
    !honorificAt(line, at) &&
    !roleHeadAt(line, at)
  );
};

/** A present-tense verb in the dual or plural right after a given name (`... هاني يبحثان`). */
const looksLikeVerb = (key: string): boolean => !GIVEN_NAMES.has(key) && /^[يت].+(ان|ون)$/.test(key);

export type ParsedName = { end: number; quoted: boolean };

/** A quoted name: `"أنتوني بلينكن"`, opening at `start` and closing within four words. */
const quotedName = (line: Line, start: number, free: (i: number) => boolean): ParsedName | null => {
  const { tokens } = line;
  for (let end = start + 1; end <= Math.min(tokens.length, start + 4); end += 1) {
    const i = end - 1;
    if (!free(i) || !isNameWord(line, i) || (i > start && tokens[i].gapBefore !== 'space')) return null;
    if (i === start && isDefinite(tokens[i].key) && !GIVEN_NAMES.has(tokens[i].key)) return null;
    if (tokens[i].quoteClose) return end - start >= 2 ? { end, quoted: true } : null;
  }
  return null;
};

/**
 * The name starting at token `start`, or `null`. `free(i)` is false for tokens already taken (by a
 * known official): a proposed name never overlaps one.
 *
 * Words are counted as units: a compound (`عبد الفتاح`, `أبو الغيط`), a connector and its word
 * (`بن سلمان`, `آل نهيان`). After given name and family name, a further unit must be a given name
 * too (a patronymic: `محمد أحمد علي`): that is what keeps the object of the verb out
 * (`الدكتور هاني سويلم وفدا`, `دونالد ترامب نظيره`).
 */
export const parseName = (line: Line, start: number, free: (i: number) => boolean): ParsedName | null => {
  const { tokens } = line;
  if (start >= tokens.length || !free(start)) return null;
  if (tokens[start].quoteOpen) return quotedName(line, start, free);
  if (!isNameWord(line, start)) return null;
  // The word after a compound head or a connector: any name word, `ال` allowed (`أبو الغيط`).
  const pairs = (at: number): boolean =>
    at < tokens.length && tokens[at].gapBefore === 'space' && free(at) && isNameWord(line, at);
  const first = tokens[start].key;
  let end: number;
  if (COMPOUND_HEADS.has(first) && pairs(start + 1)) end = start + 2;
  else if (GIVEN_NAMES.has(first)) end = start + 1;
  else return null;
  const givenEnd = end;
  let words = 1;
  while (end < tokens.length && words < 4) {
    const token = tokens[end];
    if (token.gapBefore !== 'space' || token.quoteOpen || !free(end) || !isNameWord(line, end)) break;
    if (NAME_SUFFIXES.has(token.key)) {
      end += 1;
      continue;
    }
    if (NAME_CONNECTORS.has(token.key) || COMPOUND_HEADS.has(token.key)) {
      if (!pairs(end + 1)) break;
      end += 2;
      words += 1;
      continue;
    }
    if (isDefinite(token.key) && !GIVEN_NAMES.has(token.key)) {
      // A family name with the article closes the name, and only right after the given name.
      if (end === givenEnd) {
        end += 1;
        words += 1;
      }
      break;
    }
    const compound = end + 1 < tokens.length && NAME_SUFFIXES.has(tokens[end + 1].key);
    if (words >= 2 && !GIVEN_NAMES.has(token.key) && !compound) break;
    if (looksLikeVerb(token.key)) break;
    end += 1;
    words += 1;
  }
  return words >= 2 ? { end, quoted: false } : null;
};
