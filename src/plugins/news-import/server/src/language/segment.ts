/**
 * Segmenting: raw pasted text -> its non-empty lines.
 *
 * Stories arrive from Word, web CMSes, WhatsApp and e-mail, so the same text can come with a BOM,
 * CRLF or bare CR line ends, Unicode line/paragraph separators, trailing spaces, NBSPs and stray
 * bidi marks at the line edges. None of that is content: after this step two pastes of the same
 * story give the same lines, which is what `canonicalText` (and the hash built on it) relies on.
 */

// CRLF first so that it counts as one break, not two. VT, FF and NEL are rare but are line breaks too.
const LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/;

// Whitespace (`\s` covers NBSP, tabs and the Unicode spaces) plus the invisible marks that editors
// leave at line edges: ZWSP, ZWNJ, ZWJ, LRM, RLM, the Arabic letter mark, word joiner, BOM.
// Paired bidi embeddings/isolates are left alone: trimming one end would unbalance them.
// Tested one character at a time: an `[…]+$` regex restarts at every character of a long run of
// them and is quadratic (a 200,000-character run of RLMs took minutes), a scan from each end is not.
const EDGE_CHAR = /^[\s\u200B-\u200F\u061C\u2060\uFEFF]$/;

const trimEdges = (line: string): string => {
  let start = 0;
  let end = line.length;
  while (start < end && EDGE_CHAR.test(line[start])) start += 1;
  while (end > start && EDGE_CHAR.test(line[end - 1])) end -= 1;
  return line.slice(start, end);
};

// A line of nothing but spaces and format characters is blank to the reader, so it is blank here.
const BLANK = /^[\s\p{Cf}]*$/u;

/** The non-empty lines of a text, in order: NFC, trimmed, line-end agnostic. */
export const splitLines = (text: string): string[] =>
  text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(LINE_BREAK)
    .map(trimEdges)
    .filter((line) => !BLANK.test(line));

/** The form of a story whose hash identifies it: line ends, edge spaces and blank lines do not count. */
export const canonicalText = (text: string): string => canonicalOfLines(splitLines(text));

/** `canonicalText` of a text already split by `splitLines`. */
export const canonicalOfLines = (lines: readonly string[]): string => lines.join('\n');
