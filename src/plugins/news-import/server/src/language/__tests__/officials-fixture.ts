/**
 * The seed gazetteer and seed story as the officials tests see them (not a test file itself).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { compileGazetteer, recogniseOfficials, type StoryText } from '../officials';
import type { KnownOfficial, OfficialMention } from '../types';

type SeedOfficial = { key: string } & Record<'ar' | 'en', { name: string; role?: string; honorific?: string; aliases?: string[] }>;

const SEED = join(__dirname, '../../../../../../../database/seed');

const seedOfficials: SeedOfficial[] = JSON.parse(readFileSync(join(SEED, 'officials.json'), 'utf8')).officials;

export const gazetteerEntries = (locale: 'ar' | 'en'): KnownOfficial[] =>
  seedOfficials.map((official) => ({
    documentId: official.key,
    name: official[locale].name,
    role: official[locale].role || null,
    honorific: official[locale].honorific || null,
    aliases: official[locale].aliases ?? [],
  }));

export const arabic = compileGazetteer(gazetteerEntries('ar'));
export const english = compileGazetteer(gazetteerEntries('en'));

/** The seed story as the parser hands it over: title, paragraphs, the "read also" list left out. */
export const seedStory = (): StoryText => {
  const lines = readFileSync(join(SEED, 'stories/seed-article.ar.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const marker = lines.indexOf('اقرأ أيضاً');
  // The related headlines are the lines after the marker that are not sentences.
  let afterList = marker + 1;
  while (!lines[afterList].endsWith('.')) afterList += 1;
  return { title: lines[0], paragraphs: [...lines.slice(1, marker), ...lines.slice(afterList)] };
};

export const inText = (...paragraphs: string[]): StoryText => ({ title: null, paragraphs });
export const recognise = (...paragraphs: string[]): OfficialMention[] => recogniseOfficials(inText(...paragraphs), arabic);
export const recogniseEnglish = (...paragraphs: string[]): OfficialMention[] =>
  recogniseOfficials(inText(...paragraphs), english);
export const byId = (mentions: OfficialMention[], documentId: string) => mentions.find((m) => m.documentId === documentId);
export const proposedIn = (mentions: OfficialMention[]) => mentions.filter((m) => !m.known);
