/**
 * English copy names a person first and gives the role after a comma:
 * `Ossama Rabie, chairman of the Suez Canal Authority, said ...`,
 * `..., said Badr Abdelatty, Egypt's foreign minister.`
 *
 * The name is the run of two or three capitalised words right before the comma, the whole run (a
 * longer one is not cut to its last words) and not an institution or a place: not after `the`,
 * no word such as `Authority`, `Bank`, `Arabia`. The role is the clause after the comma, and must
 * name a person's office within its first words (`chairman`, `minister`, `head`), lower-case as
 * English prints an office in apposition.
 */
import { printedSpan, type Line } from './line';
import { isNameWord, printed, type Free } from './english';
import type { Proposal } from './triggers';

const OFFICES = new Set(
  `chairman chairwoman chair president minister secretary director governor spokesman spokeswoman
   spokesperson ambassador envoy commissioner chief head leader mayor commander adviser advisor
   ceo premier`.split(/\s+/)
);
// Capitalised words that name institutions and places, never people.
const NOT_PERSON = new Set(
  `Authority Bank Fund Council Ministry Company Group University Canal Agency Organization
   Organisation Committee Court Party Front Forces Army Union Nations League Republic Kingdom States
   Emirates Arabia Africa America Europe Asia East West North South Coast Strip Gulf Sea City
   Province Governorate Office House Centre Center Institute Commission Association`.split(/\s+/)
);

// Verbs that end a role clause printed without its closing comma (`..., chairman of X said`).
const CLAUSE_VERBS = new Set('said says told added announced stated warned noted explained'.split(' '));

const MIN_NAME = 2;
const MAX_NAME = 3;
// The office must appear among the first words of the role: `Egypt's deputy foreign minister`.
const OFFICE_WITHIN = 5;
const MAX_ROLE = 12;

const isPersonWord = (line: Line, at: number, free: Free): boolean =>
  isNameWord(line, at, free) && !NOT_PERSON.has(printed(line, at));

/** The end of the role clause opening at token `at` (after the comma), or `null`. */
const roleAfter = (line: Line, at: number, free: Free): { end: number } | null => {
  const { tokens } = line;
  let end = at;
  let office = false;
  while (
    end < tokens.length &&
    end - at < MAX_ROLE &&
    (end === at || tokens[end].gapBefore === 'space') &&
    free(end) &&
    !CLAUSE_VERBS.has(printed(line, end))
  ) {
    if (end - at < OFFICE_WITHIN && OFFICES.has(printed(line, end))) office = true;
    end += 1;
  }
  return office ? { end } : null;
};

/** The run of capitalised words ending right before token `comma`: its start, or `null`. */
const nameBefore = (line: Line, comma: number, free: Free): number | null => {
  const { tokens } = line;
  let start = comma;
  while (start > 0 && comma - start < MAX_NAME + 1 && isPersonWord(line, start - 1, free)) {
    start -= 1;
    if (tokens[start].gapBefore !== 'space') break;
  }
  const length = comma - start;
  if (length < MIN_NAME || length > MAX_NAME) return null;
  // `the World Bank`, `The Suez Canal`: an institution, whatever its words.
  if (start > 0 && tokens[start].gapBefore === 'space' && /^the$/i.test(printed(line, start - 1))) return null;
  return start;
};

export const proposeAppositionsInEnglishLine = (line: Line, lineNumber: number, free: Free): Proposal[] => {
  const proposals: Proposal[] = [];
  line.tokens.forEach((token, comma) => {
    if (token.gapBefore !== 'comma' || !free(comma)) return;
    const role = roleAfter(line, comma, free);
    const start = role ? nameBefore(line, comma, free) : null;
    if (!role || start === null) return;
    proposals.push({
      line: lineNumber,
      start,
      end: comma,
      key: line.tokens
        .slice(start, comma)
        .map((t) => t.key)
        .join(' '),
      name: printedSpan(line, start, comma),
      role: printedSpan(line, comma, role.end),
      honorific: null,
    });
  });
  return proposals;
};
