/**
 * An editor's verdict on one related link: accept (`linked` to the suggested or a chosen target)
 * or reject (`rejected`, target cleared, the pair never proposed again). Each verdict is one
 * transaction: the link and the recorded decision commit together.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { runInternal } from '../internal-context';
import { matchKey } from '../language/normalize';
import type { AcceptInput, RejectInput } from '../validation/review';
import { getService } from '../utils';
import type { Link } from './present';

const { NotFoundError, ValidationError } = errors;

const ARTICLE = 'api::article.article';
const RELATED_LINK = 'api::related-link.related-link';

type StoredLink = {
  documentId: string;
  locale: string;
  headline: string;
  position: number;
  status: Link['status'];
  confidence: number | string | null;
  matchKey: string | null;
  article?: { documentId: string } | null;
  target?: { documentId: string; slug: string; title: string } | null;
};

/** A stored related link in the contract's `Link` shape, with its own `documentId`. */
export const linkOf = (link: StoredLink): Link => ({
  documentId: link.documentId,
  headline: link.headline,
  position: link.position,
  status: link.status,
  confidence: Number(link.confidence ?? 0),
  target: link.target ? { documentId: link.target.documentId, slug: link.target.slug, title: link.target.title } : null,
});

export const createReview = ({ strapi }: { strapi: Core.Strapi }) => {
  const decisions = () => getService(strapi, 'decisions');
  const transaction = <T>(work: () => Promise<T>) => strapi.db.transaction(work) as unknown as Promise<T>;

  const load = async (documentId: string, locale?: string): Promise<StoredLink> => {
    const rows = (await strapi.db.query(RELATED_LINK).findMany({
      where: { documentId, ...(locale ? { locale } : {}) },
      select: ['documentId', 'locale', 'headline', 'position', 'status', 'confidence', 'matchKey'],
      populate: { article: { select: ['documentId'] }, target: { select: ['documentId', 'slug', 'title'] } },
    })) as StoredLink[];
    if (rows.length === 0) {
      throw new NotFoundError(`There is no related link "${documentId}"${locale ? ` in ${locale}` : ''}.`);
    }
    if (rows.length > 1) {
      const locales = rows.map((row) => row.locale).sort();
      throw new ValidationError(`This related link exists in ${locales.join(', ')}: say which with "locale".`, {
        field: 'locale',
      });
    }
    return rows[0];
  };

  const save = async (link: StoredLink, data: Record<string, unknown>): Promise<Link> => {
    await strapi.documents(RELATED_LINK).update({ documentId: link.documentId, locale: link.locale, data } as any);
    return linkOf(await load(link.documentId, link.locale));
  };

  return {
    linkOf,

    accept(input: AcceptInput): Promise<Link> {
      return runInternal(() =>
        transaction(async () => {
          const link = await load(input.documentId, input.locale);
          const target = input.target ?? link.target?.documentId;
          if (!target) {
            throw new ValidationError(
              'This related link has no suggested target to accept: choose the article it refers to ("target").',
              { field: 'target' }
            );
          }
          if (target === link.article?.documentId) {
            throw new ValidationError('A story cannot be its own related link: choose another article.', {
              field: 'target',
            });
          }
          const article = await strapi.documents(ARTICLE).findOne({
            documentId: target,
            locale: link.locale,
            status: 'draft',
            fields: ['title'],
          } as any);
          if (!article) {
            throw new ValidationError(`There is no article "${target}" in ${link.locale}, the link's language.`, {
              field: 'target',
            });
          }
          // From the headline, as matching computes it (the stored key may be cut to its column).
          const key = matchKey(link.headline);
          if (key) {
            await decisions().record({
              decision: 'accepted',
              locale: link.locale,
              matchKey: key,
              target,
              link: link.documentId,
            });
          }
          // An editor's confirmation is certain, whatever the score of the suggestion was.
          return save(link, {
            status: 'linked',
            confidence: 1,
            target: { set: [{ documentId: target, locale: link.locale }] },
          });
        })
      );
    },

    reject(input: RejectInput): Promise<Link> {
      return runInternal(() =>
        transaction(async () => {
          const link = await load(input.documentId, input.locale);
          await decisions().forgetAccepted(link.locale, link.documentId);
          const key = matchKey(link.headline);
          if (link.target && key) {
            await decisions().record({
              decision: 'rejected',
              locale: link.locale,
              matchKey: key,
              target: link.target.documentId,
              link: link.documentId,
            });
          }
          return save(link, { status: 'rejected', confidence: 0, target: { set: [] } });
        })
      );
    },
  };
};
