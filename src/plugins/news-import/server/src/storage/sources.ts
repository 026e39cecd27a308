/**
 * Which article each imported source text became, per locale: the idempotency record.
 */
import type { Core } from '@strapi/strapi';

import { SOURCES, withTables } from './tables';

export type SourceRow = { sourceHash: string; locale: string; documentId: string | null; createdAt: Date | null };

export const createSources = (strapi: Core.Strapi) => ({
  async find(sourceHash: string, locale: string): Promise<SourceRow | null> {
    const row = await withTables(strapi, (table) =>
      table(SOURCES).where({ source_hash: sourceHash, locale }).first('document_id', 'created_at')
    );
    if (!row) return null;
    const createdAt = row.created_at == null ? null : new Date(row.created_at);
    return { sourceHash, locale, documentId: row.document_id ?? null, createdAt };
  },

  /**
   * Claims (sourceHash, locale) for the current transaction. Throws the database's unique
   * violation when another import holds it; on PostgreSQL a concurrent claim waits for the holder
   * to commit or roll back first.
   */
  async claim(sourceHash: string, locale: string): Promise<void> {
    await withTables(strapi, (table) =>
      table(SOURCES).insert({ source_hash: sourceHash, locale, document_id: null, created_at: new Date() })
    );
  },

  async bind(sourceHash: string, locale: string, documentId: string): Promise<void> {
    await withTables(strapi, (table) =>
      table(SOURCES).where({ source_hash: sourceHash, locale }).update({ document_id: documentId })
    );
  },

  async release(sourceHash: string, locale: string): Promise<void> {
    await withTables(strapi, (table) => table(SOURCES).where({ source_hash: sourceHash, locale }).delete());
  },

  /** Forgets the sources of a deleted article (every locale, or one). */
  async forgetDocument(documentId: string, locale?: string): Promise<void> {
    await withTables(strapi, (table) => {
      const query = table(SOURCES).where({ document_id: documentId });
      return (locale ? query.andWhere({ locale }) : query).delete();
    });
  },
});

export type Sources = ReturnType<typeof createSources>;

/** True for the error a UNIQUE constraint raises, on SQLite and PostgreSQL. */
export const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: string; message?: string } | null;
  return (
    e?.code === '23505' || // PostgreSQL unique_violation
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint failed|duplicate key value/i.test(e?.message ?? '')
  );
};
