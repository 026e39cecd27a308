/**
 * Officials the gazetteer does not know, proposed from the titles the text gives them:
 *
 * - an honorific, then the name: `اللواء عباس كامل`, `الرئيس الفلسطيني محمود عباس`;
 * - a role phrase, an optional honorific, then the name: `وزير الري الدكتور هاني سويلم`;
 * - a name, then its role in apposition: `هاني سويلم، وزير الري`, `اللواء X Y رئيس المخابرات العامة`.
 *
 * A trigger with no name after it (`الوزير`, `رئيس الوزراء`, `وزير الخارجية الأمريكي تقدير الإدارة`)
 * proposes nobody: what is a name is decided by `parseName`, never by the trigger.
 */
import { foreignNameAfterRole } from './foreign';
import { GIVEN_NAMES } from './given-names';
import { bareForms, isDefinite, printedFrom, printedSpan, type Line, type Span } from './line';
import { DEFINITE_ROLE_HEADS, honorificAt, parseName, roleHeadAt, ROLE_HEADS } from './names';
import { COMPOUND_HEADS, NAME_CONNECTORS, NAME_SUFFIXES, NOT_NAME_WORDS, ROLE_JOINERS, ROLE_NOUNS, ROLE_PLACES } from './stopwords';

export type Proposal = Span & { key: string; name: string; role: string | null; honorific: string | null };

type Found = { proposal: Proposal; resume: number };
type Free = (i: number) => boolean;

// A role longer than this is prose that happens to start with `وزير`.
const MAX_ROLE_COMPLEMENT = 6;
// How far back from a role a name printed before it may start (five units, some of two words).
const MAX_NAME_TOKENS = 10;

/** A word only names go on from: a given name, `عبد`, `بن`, or the `الدين` of `نور الدين`. */
const continuesName = (key: string): boolean =>
  GIVEN_NAMES.has(key) || COMPOUND_HEADS.has(key) || NAME_CONNECTORS.has(key) || NAME_SUFFIXES.has(key);

/** The role phrase opening at `at` (`وزير الخارجية الأمريكي`), as printed. */
export const roleAt = (line: Line, at: number, free: Free): { end: number; printed: string } | null => {
  const head = free(at) ? roleHeadAt(line, at) : null;
  if (!head) return null;
  const { tokens } = line;
  // `end` only moves past words that complete a role: never leave `رئيس مجلس` or `سفير مصر لدى`.
  let end = head.end;
  let afterPlace = false;
  for (let j = head.end; j < tokens.length && j - head.end < MAX_ROLE_COMPLEMENT; j += 1) {
    const token = tokens[j];
    if (token.gapBefore !== 'space' || token.quoteOpen || !free(j)) break;
    // The name begins: `وزير الخارجية الأمريكي أنتوني ...`, `وزير الري الدكتور هاني ...`. An
    // honorific with no name after it is a place (`محافظ كفر الشيخ`), and one right after a noun
    // waiting for its complement is the office's owner (`مدير مكتب الرئيس محمد أحمد`).
    if (GIVEN_NAMES.has(token.key) || COMPOUND_HEADS.has(token.key)) break;
    const honorific = honorificAt(line, j);
    if (honorific && end === j && parseName(line, honorific.end, free)) break;
    if (ROLE_JOINERS.has(token.key)) {
      afterPlace = false;
      continue;
    }
    const forms = bareForms(token.key);
    if (forms.some((form) => NOT_NAME_WORDS.has(form))) break;
    if (forms.some((form) => ROLE_NOUNS.has(form))) continue;
    const place = forms.some((form) => ROLE_PLACES.has(form));
    if (!place && !isDefinite(token.key)) break;
    // After a place only an adjective goes on (`جمهورية مصر العربية`); `محافظ سيناء الوفد` is a verb's object.
    if (!place && afterPlace && !/يه?$/.test(token.key)) break;
    afterPlace = place;
    end = j + 1;
  }
  // `وزير` and `المفوض العام` alone are not roles; `المتحدث الرسمي` is.
  if ((ROLE_HEADS.has(head.form) || DEFINITE_ROLE_HEADS.has(head.form)) && end === head.end) return null;
  return { end, printed: printedFrom(line, at, end, head.form) };
};

const endOnly = (end: number | null): { end: number } | null => (end === null ? null : { end });

const propose = (
  line: Line,
  lineNumber: number,
  start: number,
  end: number,
  role: string | null,
  honorific: string | null
): Proposal => ({
  line: lineNumber,
  start,
  end,
  key: line.tokens
    .slice(start, end)
    .map((token) => token.key)
    .join(' '),
  name: printedSpan(line, start, end),
  role,
  honorific,
});

/** `الرئيس [الفلسطيني] محمود عباس [رئيس دولة فلسطين]`. */
const fromHonorific = (line: Line, lineNumber: number, at: number, free: Free): Found | null => {
  const honorific = honorificAt(line, at);
  if (!honorific) return null;
  const { tokens } = line;
  // Adjectives between honorific and name (`الرئيس الأمريكي`) are part of the role the text gives.
  let nameStart = honorific.end;
  while (
    nameStart < tokens.length &&
    nameStart < honorific.end + 2 &&
    tokens[nameStart].gapBefore === 'space' &&
    free(nameStart) &&
    isDefinite(tokens[nameStart].key) &&
    !GIVEN_NAMES.has(tokens[nameStart].key) &&
    !bareForms(tokens[nameStart].key).some((form) => NOT_NAME_WORDS.has(form)) &&
    !honorificAt(line, nameStart)
  ) {
    nameStart += 1;
  }
  if (nameStart >= tokens.length || tokens[nameStart].gapBefore !== 'space') return null;
  // Only a title with a role in it (`الرئيس الإريتري`) introduces a name of unknown given name.
  const name =
    parseName(line, nameStart, free) ??
    (nameStart > honorific.end ? endOnly(foreignNameAfterRole(line, nameStart, free)) : null);
  if (!name) return null;
  let role = nameStart > honorific.end ? printedFrom(line, at, nameStart, honorific.form) : null;
  let resume = name.end;
  const after = name.end < tokens.length && tokens[name.end].gapBefore !== 'stop' ? roleAt(line, name.end, free) : null;
  if (after) {
    role = after.printed;
    resume = after.end;
  }
  const printedHonorific = printedFrom(line, at, honorific.end, honorific.form);
  return { proposal: propose(line, lineNumber, nameStart, name.end, role, printedHonorific), resume };
};

/** `وزير الري [الدكتور] هاني سويلم`, or `هاني سويلم، وزير الري`. */
const fromRole = (line: Line, lineNumber: number, at: number, free: Free): Found | null => {
  const role = roleAt(line, at, free);
  if (!role) return null;
  const { tokens } = line;
  let nameStart = role.end;
  if (nameStart < tokens.length && tokens[nameStart].gapBefore !== 'stop') {
    const honorific = free(nameStart) ? honorificAt(line, nameStart) : null;
    if (honorific) nameStart = honorific.end;
    const name =
      nameStart < tokens.length && (!honorific || tokens[nameStart].gapBefore === 'space')
        ? parseName(line, nameStart, free) ??
          (tokens[nameStart].gapBefore === 'space' ? endOnly(foreignNameAfterRole(line, nameStart, free)) : null)
        : null;
    if (name) {
      const printedHonorific = honorific ? printedFrom(line, role.end, honorific.end, honorific.form) : null;
      return { proposal: propose(line, lineNumber, nameStart, name.end, role.printed, printedHonorific), resume: name.end };
    }
  }
  if (tokens[at].gapBefore === 'stop') return null;
  // Earliest start first: the whole name, not its tail (`عبد الغفار المنشاوي` of `هاني سويلم عبد ...`).
  for (let start = Math.max(0, at - MAX_NAME_TOKENS); start <= at - 2; start += 1) {
    const name = parseName(line, start, free);
    if (!name || name.end !== at) continue;
    // A name word right before it: the name began earlier and is too long to read whole.
    if (start > 0 && tokens[start].gapBefore === 'space' && free(start - 1) && continuesName(tokens[start - 1].key)) return null;
    const honorific = start > 0 && free(start - 1) ? honorificAt(line, start - 1) : null;
    const printedHonorific =
      honorific && honorific.end === start ? printedFrom(line, start - 1, start, honorific.form) : null;
    return { proposal: propose(line, lineNumber, start, at, role.printed, printedHonorific), resume: role.end };
  }
  return null;
};

/** Every person a line proposes, left to right; `free(i)` is false for tokens of known officials. */
export const proposeInLine = (line: Line, lineNumber: number, free: Free): Proposal[] => {
  const proposals: Proposal[] = [];
  for (let at = 0; at < line.tokens.length; ) {
    const found = free(at) ? fromHonorific(line, lineNumber, at, free) ?? fromRole(line, lineNumber, at, free) : null;
    if (found) {
      proposals.push(found.proposal);
      at = Math.max(found.resume, at + 1);
    } else {
      at += 1;
    }
  }
  return proposals;
};
