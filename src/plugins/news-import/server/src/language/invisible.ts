/**
 * Invisible characters that pasted copy carries and that must not reach a stored field.
 *
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) can make a title
 * display reversed or spoofed in a front end; marks (LRM, RLM, ALM), zero-width spaces, word joiners
 * and stray BOMs are invisible noise from web pages and word processors. ZWNJ (U+200C) and ZWJ
 * (U+200D) stay: Persian and Urdu spelling and emoji sequences need them.
 */
const INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export type Cleaned = { text: string; removed: number };

/** The text without invisible formatting characters, and how many were removed. */
export const stripInvisible = (text: string): Cleaned => {
  let removed = 0;
  const cleaned = text.replace(INVISIBLE, () => {
    removed += 1;
    return '';
  });
  return { text: cleaned, removed };
};
