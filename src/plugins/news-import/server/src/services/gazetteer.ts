/**
 * The officials gazetteer of each locale, compiled once and reused until an official changes.
 *
 * Officials are few (hundreds, not millions) and every story is checked against all of their
 * names, so the whole locale is loaded and compiled into a first-word index (see
 * language/officials.ts) rather than queried name by name.
 *
 * Several app instances may share one database: a write on one instance must reach the others'
 * caches. Each use therefore reads a cheap stamp of the locale's officials (how many, and the
 * latest `updatedAt`) and recompiles when it moved; `invalidate()` drops this instance's cache at
 * once when the write happens here.
 */
import type { Core } from '@strapi/strapi';

import { compileGazetteer, type CompiledGazetteer } from '../language/officials';
import type { KnownOfficial } from '../language/types';
import { withTables } from '../storage/tables';

const OFFICIAL = 'api::official.official';
const PAGE = 500;

const aliasesOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((alias): alias is string => typeof alias === 'string') : [];

type Entry = { stamp: string; compiled: Promise<CompiledGazetteer> };

export const createGazetteerService = ({ strapi }: { strapi: Core.Strapi }) => {
  let cache = new Map<string, Entry>();

  /** What changes whenever an official of `locale` is created, updated or deleted, on any instance. */
  const stampOf = async (locale: string): Promise<string> => {
    const meta: any = strapi.db.metadata.get(OFFICIAL);
    const row = await withTables(strapi, (table) =>
      table(meta.tableName)
        .where({ locale })
        .count({ n: '*' })
        .max({ at: meta.attributes.updatedAt?.columnName ?? 'updated_at' })
        .first()
    );
    return `${row?.n ?? 0}:${row?.at instanceof Date ? row.at.getTime() : String(row?.at ?? '')}`;
  };

  /** Every official of `locale`, as the gazetteer compiles them. */
  const officialsOf = async (locale: string): Promise<KnownOfficial[]> => {
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
    return officials;
  };

  const load = async (locale: string): Promise<CompiledGazetteer> => compileGazetteer(await officialsOf(locale));

  return {
    async forLocale(locale: string): Promise<CompiledGazetteer> {
      const stamp = await stampOf(locale);
      const cached = cache.get(locale);
      if (cached?.stamp === stamp) return cached.compiled;
      const compiled = load(locale);
      // A failed load is not cached: the next story tries again.
      compiled.catch(() => cache.get(locale)?.compiled === compiled && cache.delete(locale));
      cache.set(locale, { stamp, compiled });
      return compiled;
    },

    /** The officials the gazetteer of `locale` is compiled from (the bench times the parser with them). */
    officials: officialsOf,

    invalidate(): void {
      cache = new Map();
    },
  };
};
