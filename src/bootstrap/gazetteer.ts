/**
 * The officials gazetteer: `database/seed/officials.json`, one entry per person with the same
 * person in every locale. Loaded in one transaction; an entry whose `ar` (or `en`) name already
 * exists is left as editors made it, so reloading after the file changes only adds what is new.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

export const GAZETTEER_FILE = path.join('database', 'seed', 'officials.json');

const OFFICIAL = 'api::official.official';

export type GazetteerLocaleEntry = {
  name: string;
  role: string;
  honorific: string;
  country: string;
  aliases: string[];
};

export type GazetteerEntry = { key: string } & Record<string, GazetteerLocaleEntry | string>;

export type Gazetteer = { officials: GazetteerEntry[] };

export const readGazetteer = (appRoot: string): { gazetteer: Gazetteer; hash: string } => {
  const raw = fs.readFileSync(path.join(appRoot, GAZETTEER_FILE), 'utf8');
  return {
    gazetteer: JSON.parse(raw) as Gazetteer,
    hash: crypto.createHash('sha256').update(raw).digest('hex'),
  };
};

const localesOf = (entry: GazetteerEntry, defaultLocale: string): string[] => {
  const locales = Object.keys(entry).filter((key) => key !== 'key');
  // The default locale first: it creates the document the other locales attach to.
  return locales.includes(defaultLocale)
    ? [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)]
    : locales;
};

export const loadGazetteer = async (
  strapi: Core.Strapi,
  gazetteer: Gazetteer,
  defaultLocale: string
): Promise<{ created: number }> => {
  const officials = strapi.documents(OFFICIAL);
  let created = 0;

  await strapi.db.transaction(async () => {
    for (const entry of gazetteer.officials) {
      let documentId: string | undefined;
      const missing: string[] = [];
      for (const locale of localesOf(entry, defaultLocale)) {
        const data = entry[locale] as GazetteerLocaleEntry;
        const found = await officials.findFirst({ locale, filters: { name: data.name }, fields: ['name'] });
        if (found) documentId ??= found.documentId;
        else missing.push(locale);
      }
      for (const locale of missing) {
        const data = { ...(entry[locale] as GazetteerLocaleEntry) };
        if (documentId) {
          await officials.update({ documentId, locale, data: data as any });
        } else {
          documentId = (await officials.create({ locale, data: data as any })).documentId;
        }
        created += 1;
      }
    }
  });

  return { created };
};
