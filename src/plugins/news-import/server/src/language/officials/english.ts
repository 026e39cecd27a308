/**
 * Proposals from English copy, deliberately minimal: a title word (`President`, `Minister`,
 * `Sheikh`, ...) followed by two or three capitalised words (`Foreign Minister Hany Sewilam`).
 * Capitalisation does the work the given-names list does in Arabic; anything less regular
 * (`el-Sisi`, lower-case particles) is left to the gazetteer, and roles printed after the name
 * (`Ossama Rabie, chairman of ...`) to `english-apposition.ts`.
 */
import type { Line } from './line';
import { printedSpan } from './line';
import type { Proposal } from './triggers';

const HONORIFICS = new Set(['King', 'Queen', 'Prince', 'Princess', 'Sheikh', 'Sheikha', 'Dr', 'General', 'Ambassador', 'Pope']);
const ROLES = new Set(['President', 'Minister', 'Secretary', 'Director', 'Governor', 'Chancellor', 'Spokesman', 'Spokesperson', 'Envoy']);
// Capitalised words that are not names: sentence starts, titles, days, months.
const NOT_NAMES = new Set(
  `The A An And Or Of On In At For To From With By He She It His Her They Their This That These Those
   Mr Mrs Ms Sir Foreign Prime Deputy Former General State Affairs Monday Tuesday Wednesday Thursday
   Friday Saturday Sunday January February March April May June July August September October
   November December`.split(/\s+/)
);

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

export type Free = (i: number) => boolean;

export const printed = (line: Line, at: number): string => line.text.slice(line.tokens[at].start, line.tokens[at].end);

export const isNameWord = (line: Line, at: number, free: Free): boolean => {
  const word = printed(line, at);
  return free(at) && CAPITALISED.test(word) && !NOT_NAMES.has(word) && !HONORIFICS.has(word) && !ROLES.has(word);
};

export const proposeInEnglishLine = (line: Line, lineNumber: number, free: Free): Proposal[] => {
  const { tokens } = line;
  const proposals: Proposal[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const trigger = printed(line, at);
    const honorific = HONORIFICS.has(trigger);
    if (!free(at) || (!honorific && !ROLES.has(trigger))) continue;
    let end = at + 1;
    // `Dr. Hany ...`: the abbreviation's full stop is not the end of the sentence.
    while (
      end < tokens.length &&
      end - at <= 3 &&
      (tokens[end].gapBefore === 'space' || (end === at + 1 && trigger === 'Dr')) &&
      isNameWord(line, end, free)
    ) {
      end += 1;
    }
    if (end - at - 1 < 2) continue;
    let roleStart = at;
    while (
      !honorific &&
      roleStart > 0 &&
      at - roleStart < 2 &&
      tokens[roleStart].gapBefore === 'space' &&
      free(roleStart - 1) &&
      /^\p{Lu}/u.test(printed(line, roleStart - 1)) &&
      !['The', 'A', 'An'].includes(printed(line, roleStart - 1))
    ) {
      roleStart -= 1;
    }
    proposals.push({
      line: lineNumber,
      start: at + 1,
      end,
      key: tokens
        .slice(at + 1, end)
        .map((token) => token.key)
        .join(' '),
      name: printedSpan(line, at + 1, end),
      role: honorific ? null : printedSpan(line, roleStart, at + 1),
      honorific: honorific ? trigger : null,
    });
    at = end - 1;
  }
  return proposals;
};
