/**
 * The officials gazetteer of each locale, compiled once and reused until an official changes.
 *
 * Officials are few (hundreds, not millions) and every story is checked against all of their
 * names, so the whole locale is loaded and compiled into a first-word index (see
 * language/officials.ts) rather than queried name by name.
 */
import type { Core } from '@strapi/strapi';

import { compileGazetteer, type CompiledGazetteer } from '../language/officials';
import type { KnownOfficial } from '../language/types';

const OFFICIAL = 'api::official.official';
const PAGE = 500;

const aliasesOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((alias): alias is string => typeof alias === 'string') : [];

export const createGazetteerService = ({ strapi }: { strapi: Core.Strapi }) => {
  let cache = new Map<string, Promise<CompiledGazetteer>>();

  const load = async (locale: string): Promise<CompiledGazetteer> => {
    const officials: KnownOfficial[] = [];
    for (let start = 0; ; start += PAGE) {
      const page = await strapi.documents(OFFICIAL).findMany({
        locale,
        fields: ['name', 'role', 'honorific', 'aliases'],
        sort: ['id:asc'],
        start,
        limit: PAGE,
      } as any);
      officials.push(
        ...page.map((official: any) => ({
          documentId: official.documentId,
          name: official.name,
          role: official.role ?? null,
          honorific: official.honorific ?? null,
          aliases: aliasesOf(official.aliases),
        }))
      );
      if (page.length < PAGE) break;
    }
    return compileGazetteer(officials);
  };

  return {
    forLocale(locale: string): Promise<CompiledGazetteer> {
      let compiled = cache.get(locale);
      if (!compiled) {
        compiled = load(locale);
        // A failed load is not cached: the next story tries again.
        compiled.catch(() => cache.delete(locale));
        cache.set(locale, compiled);
      }
      return compiled;
    },

    invalidate(): void {
      cache = new Map();
    },
  };
};
