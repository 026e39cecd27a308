/**
 * The texts corrections replaced, per article and locale (see ./tables.ts): an article's history
 * of imported texts, oldest first. Writes join the caller's transaction.
 */
import type { Core } from '@strapi/strapi';

import { REVISIONS, withTables } from './tables';

export type Revision = {
  documentId: string;
  locale: string;
  sourceHash: string | null;
  sourceText: string | null;
  importedAt: Date | null;
  replacedAt: Date;
};

export const createRevisions = (strapi: Core.Strapi) => ({
  async record(revision: Revision): Promise<void> {
    await withTables(strapi, (table) =>
      table(REVISIONS).insert({
        document_id: revision.documentId,
        locale: revision.locale,
        source_hash: revision.sourceHash,
        source_text: revision.sourceText,
        imported_at: revision.importedAt,
        replaced_at: revision.replacedAt,
      })
    );
  },

  async list(documentId: string, locale: string): Promise<Revision[]> {
    const rows = await withTables(strapi, (table) =>
      table(REVISIONS).where({ document_id: documentId, locale }).orderBy('id', 'asc').select('*')
    );
    return rows.map((row: any) => ({
      documentId: row.document_id,
      locale: row.locale,
      sourceHash: row.source_hash,
      sourceText: row.source_text,
      importedAt: row.imported_at == null ? null : new Date(row.imported_at),
      replacedAt: new Date(row.replaced_at),
    }));
  },

  /** Forgets the history of a deleted article (every locale, or one). */
  async forgetDocument(documentId: string, locale?: string): Promise<void> {
    await withTables(strapi, (table) => {
      const query = table(REVISIONS).where({ document_id: documentId });
      return (locale ? query.andWhere({ locale }) : query).delete();
    });
  },
});
