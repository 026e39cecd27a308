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
/**
 * Titles printed with the article that open a role once the institution follows them:
 * `المفوض العام للأونروا`, `المبعوث الأمريكي الخاص`, `الأمين العام لجامعة الدول العربية`.
 * `الأمين` and `المدير` only with `العام` (`محمد الأمين` is a name).
 */
export const DEFINITE_ROLE_HEADS = keySet('المفوض المفوضة المبعوث المبعوثة الأمين الأمينة المدير المديرة');
const NEEDS_GENERAL = keySet('الأمين الأمينة المدير المديرة');
const GENERAL = keySet('العام العامة');

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
  const definite = forms.find((form) => DEFINITE_ROLE_HEADS.has(form));
  if (definite) {
    const next = line.tokens[at + 1];
    const general = next !== undefined && next.gapBefore === 'space' && GENERAL.has(next.key);
    if (general) return { end: at + 2, form: definite };
    return NEEDS_GENERAL.has(definite) ? null : { end: at + 1, form: definite };
  }
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

/** The most units a name is read to (`محمد أحمد عبد الغفار محمود المنشاوي`); one more and it is not read at all. */
const MAX_UNITS = 5;

/**
 * `الشناوي`, `المنشاوي`: a family name by its shape, a nisba with the article, as printed (no clitic).
 * `الاتفاق`, `المشروع` are not.
 */
const isNisbaFamilyName = (key: string): boolean => key.startsWith('ال') && key.endsWith('ي') && key.length >= 5;

/**
 * What the unit at `at` is: a given name (`محمد`, `عبد الغفار`, `نور الدين`, `بن سلمان`, `بن عبد
 * الرحمن`), a clan name that ends the name (`آل نهيان`), a definite word or an unknown one; `null`
 * where the name cannot go on (punctuation, a quote, a function word, a verb, a title).
 */
type Unit = { kind: 'given' | 'clan' | 'definite' | 'unknown'; end: number };

const unitAt = (line: Line, at: number, free: (i: number) => boolean, first = false): Unit | null => {
  const { tokens } = line;
  const usable = (i: number): boolean =>
    i < tokens.length && tokens[i].gapBefore === 'space' && !tokens[i].quoteOpen && free(i) && isNameWord(line, i);
  if (!first && !usable(at)) return null;
  const { key } = tokens[at];
  // `نور الدين`, `صلاح الدين`: the suffix is part of the word before it.
  const withSuffix = (i: number): number => (usable(i) && NAME_SUFFIXES.has(tokens[i].key) ? i + 1 : i);
  // The word after a compound head or a connector: any name word, `ال` allowed (`أبو الغيط`).
  const compoundEnd = (head: number): number | null =>
    usable(head + 1) ? (COMPOUND_HEADS.has(tokens[head + 1].key) && usable(head + 2) ? head + 3 : head + 2) : null;
  if (NAME_CONNECTORS.has(key)) {
    const end = compoundEnd(at);
    if (end === null) return null;
    return { kind: key === 'ال' ? 'clan' : 'given', end };
  }
  if (COMPOUND_HEADS.has(key)) return usable(at + 1) ? { kind: 'given', end: at + 2 } : null;
  if (GIVEN_NAMES.has(key) || withSuffix(at + 1) > at + 1) return { kind: 'given', end: withSuffix(at + 1) };
  if (looksLikeVerb(key)) return null;
  return { kind: isDefinite(key) ? 'definite' : 'unknown', end: at + 1 };
};

/**
 * The name starting at token `start`, or `null`. `free(i)` is false for tokens already taken (by a
 * known official): a proposed name never overlaps one.
 *
 * Words are counted as units: a compound (`عبد الفتاح`, `أبو الغيط`), a connector and its word
 * (`بن سلمان`, `آل نهيان`). A name is a given name, then given names (a patronymic chain: `محمد
 * أحمد علي`), then at most one family name. A family name the given-name list does not know
 * (`سويلم`, `ترامب`) is only recognised right after the first given name, or when a given name
 * follows it (then it was a father's name: `هاني سويلم عبد الغفار`); after it, a word that is not a
 * given name is the sentence going on (`دونالد ترامب الاتفاق`, `هاني سويلم وفدا`).
 *
 * Never cut short: after a chain of two given names or more, the next word may be the family name
 * (`محمد أحمد محمود الشناوي`) or the object of the verb (`محمد أحمد محمود الاتفاق`). The shape of
 * a nisba with the article decides for a family name; anything else leaves the name unread, and so
 * does a name that runs past `MAX_UNITS`.
 */
export const parseName = (line: Line, start: number, free: (i: number) => boolean): ParsedName | null => {
  const { tokens } = line;
  if (start >= tokens.length || !free(start)) return null;
  if (tokens[start].quoteOpen) return quotedName(line, start, free);
  if (!isNameWord(line, start)) return null;
  const first =
    COMPOUND_HEADS.has(tokens[start].key) || GIVEN_NAMES.has(tokens[start].key) ? unitAt(line, start, free, true) : null;
  if (!first || first.kind !== 'given') return null;
  let { end } = first;
  let units = 1;
  let afterFamily = false;
  for (;;) {
    const unit = unitAt(line, end, free);
    if (!unit) break;
    // Whether the unit belongs to the name, ends it, or leaves the whole name in doubt.
    let closes = false;
    if (unit.kind === 'given') afterFamily = false;
    else if (unit.kind === 'clan') closes = true;
    else if (afterFamily) break;
    else if (units === 1) {
      closes = unit.kind === 'definite';
      afterFamily = true;
    } else if (unit.kind === 'definite' && isNisbaFamilyName(tokens[end].key)) closes = true;
    else return null;
    if (units === MAX_UNITS) return null;
    end = unit.end;
    units += 1;
    if (closes) break;
  }
  return units >= 2 ? { end, quoted: false } : null;
};
