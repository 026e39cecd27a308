/**
 * One story of a batch import (`npm run import`, src/batch-import): the same validation as the
 * API's import route, then the importer (one transaction per story, idempotent).
 *
 * A resumed batch meets mostly texts that are already in. Those are answered from the text's hash
 * alone, one indexed lookup, before anything is parsed or matched: the importer's own duplicate
 * answer re-analyses the text and reads the stored article back, which a batch does not need.
 */
import type { Core } from '@strapi/strapi';

import { runInternal } from '../internal-context';
import { getService, maxTextLength } from '../utils';
import { validateImport } from '../validation/import';
import { sourceHashOfText } from './pipeline';

const ARTICLE = 'api::article.article';

export type BatchStatus = 'imported' | 'updated' | 'duplicate';
export type BatchOutcome = { status: BatchStatus; documentId: string };
export type BatchOptions = { locale?: string; publish?: boolean };

// UTF-8 takes at most 4 bytes a character: a bigger file cannot fit the text limit.
const MAX_BYTES_PER_CHARACTER = 4;

export const createBatch = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Files larger than this are refused unread (they would exceed `maxTextLength`). */
  maxFileBytes(): number {
    return maxTextLength(strapi) * MAX_BYTES_PER_CHARACTER;
  },

  /** The locale a batch imports into: the one asked for, which must exist, or the default one. */
  resolveLocale(locale?: string): Promise<string> {
    return getService(strapi, 'pipeline').resolveLocale(locale);
  },

  /** Imports one text as the newsroom (drafts visible); a refusal throws the API's ValidationError. */
  importText(text: string, { locale, publish = false }: BatchOptions = {}): Promise<BatchOutcome> {
    const input = validateImport({ text, locale, publish }, maxTextLength(strapi));
    return runInternal(async () => {
      const resolved = await getService(strapi, 'pipeline').resolveLocale(input.locale);
      const source = await getService(strapi, 'sources').find(sourceHashOfText(input.text), resolved);
      if (source?.documentId) {
        const stored = await strapi.db.query(ARTICLE).count({ where: { documentId: source.documentId, locale: resolved } });
        if (stored > 0) return { status: 'duplicate', documentId: source.documentId };
      }
      const result = await getService(strapi, 'importer').import({ ...input, locale: resolved }, { drafts: true });
      const status: BatchStatus = result.duplicate ? 'duplicate' : result.updated ? 'updated' : 'imported';
      return { status, documentId: result.article.documentId };
    });
  },
});
