/**
 * Byline lines: `كتب: فلان`, `كتبت - فلانة`, `كتب فلان الفلاني`, `بقلم: …`, `كتب – فلان وفلان`,
 * `By Jane Doe`, `By Jane Doe and John Roe`. The names become `byline`; the line leaves the body.
 *
 * The whole line must be the byline, and short: `كتب الوزير مقالا في الصحيفة أمس.` and
 * `By late afternoon, the crowd had grown.` are prose. Without a colon or dash after `كتب` the name
 * must not start with the article `ال` (`كتب الرئيس رسالة` is a sentence, `كتب أحمد علي` a byline).
 * Lines are at most `BYLINE_MAX_LENGTH` characters before any regex runs.
 */

export const BYLINE_MAX_LENGTH = 120;
// Two authors of four words each, plus the conjunction.
const MAX_NAME_WORDS = 9;

const SEPARATOR = /^\s*[:\uFF1A\-–—|]\s*/;
const ARABIC_LEAD = /^(?:كتب|كتبت|كتبه|كتبها|بقلم|إعداد|اعداد)(?=[\s:\-–—|]|$)/u;
const ENGLISH_LEAD = /^(?:by|written by)\s+/i;
// Names: letters, the dots of initials, hyphens and apostrophes (`el-Sisi`, `O'Neil`), commas between authors.
const ARABIC_NAMES = /^[\p{Script=Arabic}\p{M} .،,'’\-]+$/u;
const LATIN_NAMES = /^[\p{Script=Latin}\p{M} .,'’\-]+$/u;
// Each English name word is capitalised, or a joining word (`and`, `de`, `van`, `al-`, `bin`).
const LATIN_JOINERS = new Set(['and', 'de', 'da', 'del', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le']);
const LATIN_NAME_WORD = /^\p{Lu}/u;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const arabicByline = (line: string, endsSentence: boolean): string | null => {
  const lead = ARABIC_LEAD.exec(line);
  if (!lead) return null;
  const afterLead = line.slice(lead[0].length);
  const separator = SEPARATOR.exec(afterLead);
  const names = (separator ? afterLead.slice(separator[0].length) : afterLead).trim();
  if (names === '' || !ARABIC_NAMES.test(names) || wordCount(names) > MAX_NAME_WORDS) return null;
  if (!separator && (endsSentence || names.startsWith('ال') || wordCount(names) < 2 || wordCount(names) > 5)) return null;
  return names;
};

const englishByline = (line: string): string | null => {
  const lead = ENGLISH_LEAD.exec(line);
  if (!lead) return null;
  const names = line.slice(lead[0].length).trim();
  if (names === '' || !LATIN_NAMES.test(names) || wordCount(names) > MAX_NAME_WORDS) return null;
  const words = names.split(/[\s,]+/).filter(Boolean);
  // `el-Sayed`, `al-Masri`: a joined particle, then the capitalised name.
  const allNames = words.every(
    (word) =>
      LATIN_NAME_WORD.test(word) ||
      LATIN_NAME_WORD.test(word.split('-').pop() ?? '') ||
      LATIN_JOINERS.has(word.toLowerCase())
  );
  return allNames && LATIN_NAME_WORD.test(words[0]) ? names : null;
};

/** The author names a byline line gives (as printed), or `null` when the line is not a byline. */
export const bylineOf = (line: string): string | null => {
  if (line.length > BYLINE_MAX_LENGTH) return null;
  const trimmed = line.trim();
  // `By Jane Doe.` happens; `كتب أحمد مقالا أمس.` without a colon is a sentence, so the stop is remembered.
  const endsSentence = trimmed.endsWith('.');
  const bare = endsSentence ? trimmed.slice(0, -1) : trimmed;
  return arabicByline(bare, endsSentence) ?? englishByline(bare);
};
