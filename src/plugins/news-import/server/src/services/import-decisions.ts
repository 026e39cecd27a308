/**
 * An editor's choices from the preview (`decisions` of the import request), applied to the
 * analysis inside the import's transaction: a link given a target is `linked` to it, a rejected
 * one `rejected` without target, officials named in `skipOfficials` are left out. The verdicts
 * are returned for the importer to record once the links exist.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ImportDecisions } from '../validation/review';
import type { Analysis, AnalysedLink } from './pipeline';

const { ValidationError } = errors;

const ARTICLE = 'api::article.article';

export type LinkVerdict = { position: number; decision: 'accepted' | 'rejected'; matchKey: string; target: string };

export const applyImportDecisions = async (
  strapi: Core.Strapi,
  analysis: Analysis,
  decisions: ImportDecisions | undefined
): Promise<{ analysis: Analysis; verdicts: LinkVerdict[] }> => {
  if (!decisions) return { analysis, verdicts: [] };
  const { locale } = analysis;
  const byPosition = new Map(analysis.links.map((link) => [link.position, link]));
  const verdicts: LinkVerdict[] = [];
  const decided = new Map<number, AnalysedLink>();

  for (const decision of decisions.links) {
    const link = byPosition.get(decision.position);
    if (!link) {
      throw new ValidationError(
        `The story has no related link at position ${decision.position} (it lists ${analysis.links.length}).`,
        { field: 'decisions.links' }
      );
    }
    if (decision.reject) {
      if (link.targetDocumentId) {
        verdicts.push({ position: link.position, decision: 'rejected', matchKey: link.matchKey, target: link.targetDocumentId });
      }
      decided.set(link.position, { ...link, status: 'rejected', confidence: 0, targetDocumentId: null });
      continue;
    }
    const target = decision.target!;
    const article = await strapi.documents(ARTICLE).findOne({
      documentId: target,
      locale,
      status: 'draft',
      fields: ['title'],
    } as any);
    if (!article) {
      throw new ValidationError(
        `The target chosen for related link ${link.position} is not an article in ${locale}: choose another.`,
        { field: 'decisions.links', position: link.position }
      );
    }
    verdicts.push({ position: link.position, decision: 'accepted', matchKey: link.matchKey, target });
    decided.set(link.position, { ...link, status: 'linked', confidence: 1, targetDocumentId: target });
  }

  const skipped = new Set(decisions.skipOfficials);
  return {
    analysis: {
      ...analysis,
      links: analysis.links.map((link) => decided.get(link.position) ?? link),
      officials: analysis.officials.filter((hit) => !skipped.has(hit.name)),
    },
    verdicts,
  };
};
