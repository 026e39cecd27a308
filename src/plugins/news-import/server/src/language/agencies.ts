/**
 * News agencies, from the data file `data/agencies.json` (names in both languages and the forms
 * desks print: `أ ش أ`, `أ.ش.أ`, `وكالة أنباء الشرق الأوسط`, `MENA`). Looked up by match key, so
 * dots, hamza forms and case do not matter.
 */
import data from './data/agencies.json';
import { matchKey } from './normalize';

export type Agency = { key: string; ar: string; en: string; aliases: string[] };

export const AGENCIES: readonly Agency[] = data.agencies;

const BY_KEY: ReadonlyMap<string, Agency> = new Map(
  AGENCIES.flatMap((agency) => [agency.ar, agency.en, ...agency.aliases].map((name) => [matchKey(name), agency]))
);

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** The agency a printed name stands for, or `null` when the list does not know it. */
export const findAgency = (printed: string): Agency | null => BY_KEY.get(matchKey(printed)) ?? null;

/**
 * The name to store for a printed agency: the list's name in the script it was printed in
 * (`رويترز` -> `رويترز`, `REUTERS` -> `Reuters`), or the printed text itself when unknown.
 */
export const agencyName = (printed: string): { name: string; known: boolean } => {
  const agency = findAgency(printed);
  if (!agency) return { name: printed.trim(), known: false };
  return { name: ARABIC_LETTER.test(printed) ? agency.ar : agency.en, known: true };
};
