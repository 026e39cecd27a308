/**
 * A story line as the recogniser sees it: match-key tokens that still know where they were printed,
 * what punctuation separates them and where quotes open and close. Names never cross a full stop or
 * a comma, and a name printed in quotes (`"أنتوني بلينكن"`) is a name even without a given name.
 */
import { matchKey, prefixVariants } from '../normalize';

/** What separates a token from the one before it. */
export type Gap = 'space' | 'comma' | 'stop';

export type LineToken = {
  key: string;
  /** The printed run of letters the token came from: `line.text.slice(start, end)`. */
  start: number;
  end: number;
  gapBefore: Gap;
  quoteOpen: boolean;
  quoteClose: boolean;
};

export type Line = { text: string; tokens: LineToken[] };

/** Where a token span was found: line number in the story and token range `[start, end)`. */
export type Span = { line: number; start: number; end: number };

// Letters, digits, combining marks and format characters (ZWNJ) belong to a word; the rest separates.
const WORD_RUN = /[\p{L}\p{N}\p{M}\p{Cf}]+/gu;
const QUOTES = /["'«»“”„‘’‹›]/;
const COMMAS = /[,،]/;
const STOPS = /[.:;؛!?؟()[\]{}–—|/\\]/;

// A scan from the end, not `search(/\S*$/)`: that regex restarts at every character of a long
// run of punctuation and is quadratic in it.
const lastSpace = (text: string): number => {
  let i = text.length - 1;
  while (i >= 0 && !/\s/.test(text[i])) i -= 1;
  return i;
};

const gapOf = (separator: string): Gap =>
  STOPS.test(separator) ? 'stop' : COMMAS.test(separator) ? 'comma' : 'space';

export const toLine = (text: string): Line => {
  const tokens: LineToken[] = [];
  let previousEnd = 0;
  for (const run of text.matchAll(WORD_RUN)) {
    const start = run.index ?? 0;
    const end = start + run[0].length;
    const separator = text.slice(previousEnd, start);
    const keys = matchKey(run[0]).split(' ').filter((key) => key !== '');
    if (keys.length === 0) continue;
    // A quote before the separator's whitespace closes the previous token, one after it opens this one.
    const space = separator.search(/\s/);
    const closing = space < 0 ? (tokens.length === 0 ? '' : separator) : separator.slice(0, space);
    const opening = space < 0 ? separator : separator.slice(lastSpace(separator) + 1);
    if (tokens.length > 0 && QUOTES.test(closing)) tokens[tokens.length - 1].quoteClose = true;
    keys.forEach((key, k) =>
      tokens.push({
        key,
        start,
        end,
        gapBefore: k === 0 && tokens.length > 0 ? gapOf(separator) : 'space',
        quoteOpen: k === 0 && QUOTES.test(opening),
        quoteClose: false,
      })
    );
    previousEnd = end;
  }
  if (tokens.length > 0 && QUOTES.test(text.slice(previousEnd))) tokens[tokens.length - 1].quoteClose = true;
  return { text, tokens };
};

const formsCache = new Map<string, string[]>();

/**
 * The forms a token may stand for once its attached prefixes are read off: `prefixVariants`, plus
 * the article that `ل` swallows (`للسيسي` is `ل` + `السيسي`, printed without the alef).
 */
export const formsOf = (key: string): string[] => {
  let forms = formsCache.get(key);
  if (forms) return forms;
  forms = prefixVariants(key);
  for (const variant of [...forms]) {
    if (variant.startsWith('لل') && variant.length > 4) {
      const restored = `ال${variant.slice(2)}`;
      if (!forms.includes(restored)) forms.push(restored);
    }
  }
  if (formsCache.size > 50_000) formsCache.clear();
  formsCache.set(key, forms);
  return forms;
};

/**
 * The token without one or two one-letter clitics (و ف ب ل ك) but keeping any article: the forms in
 * which `ووزير` and `لرئيس` are role words while `الرئيس` is not `رئيس`.
 */
export const bareForms = (key: string): string[] => {
  const forms = [key];
  for (let cut = 1; cut <= 2 && key.length - cut >= 3; cut += 1) {
    if (!'وفبلك'.includes(key[cut - 1])) break;
    forms.push(key.slice(cut));
  }
  return forms;
};

/** `الخارجية`, `والتعليم`, `للاتحاد`, `بالبنك`: a definite word, the kind names are not made of. */
export const isDefinite = (key: string): boolean =>
  bareForms(key).some((form) => form.startsWith('ال') || form.startsWith('لل'));

const NOT_COUNTED = /[\p{M}\p{Cf}\u0640]/u;

/** `text` without its first `count` letters (diacritics and tatweel don't count). */
const dropLetters = (text: string, count: number): string => {
  let index = 0;
  for (let dropped = 0; index < text.length && dropped < count; index += 1) {
    if (!NOT_COUNTED.test(text[index])) dropped += 1;
  }
  while (index < text.length && NOT_COUNTED.test(text[index])) index += 1;
  return text.slice(index);
};

/** How a token reads as `form` in print: `للرئيس` as `الرئيس`, `ووزير` as `وزير`. */
export const printedAs = (line: Line, index: number, form: string): string => {
  const token = line.tokens[index];
  const run = line.text.slice(token.start, token.end);
  if (form === token.key) return run;
  if (token.key.endsWith(form)) return dropLetters(run, token.key.length - form.length);
  return `ال${dropLetters(run, token.key.length - (form.length - 2))}`;
};

/** The printed text of tokens `[start, end)`, quotes and punctuation around it left out. */
export const printedSpan = (line: Line, start: number, end: number): string =>
  line.text.slice(line.tokens[start].start, line.tokens[end - 1].end).trim();

/** Like `printedSpan`, with the first token read as `firstForm` (its clitics dropped). */
export const printedFrom = (line: Line, start: number, end: number, firstForm: string): string =>
  `${printedAs(line, start, firstForm)}${line.text.slice(line.tokens[start].end, line.tokens[end - 1].end)}`.trim();
