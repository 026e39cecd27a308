/**
 * The writes an import makes, shared by a new story (./importer.ts) and a correction
 * (./corrections.ts): the article's fields from an analysis, the officials the text proposes, one
 * related link. Each joins the caller's transaction.
 */
import type { Core } from '@strapi/strapi';

import { MAX_STRING_LENGTH, type ImportInput } from '../validation/import';
import type { AnalysedLink, Analysis } from './pipeline';
import type { OfficialHit } from './present';

const OFFICIAL = 'api::official.official';
const RELATED_LINK = 'api::related-link.related-link';

const paragraphBlock = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

// The official type's limits: a proposal that does not fit is left for an editor, not cut.
const OFFICIAL_FIELD_MAX = 200;
const fits = (value: string | null) => value === null || value.length <= OFFICIAL_FIELD_MAX;

// What the editor gave wins (null: none); otherwise what the text says.
const edited = (given: string | null | undefined, found: string | null) =>
  (given === undefined ? found : given) ?? undefined;

/** The article's fields the text decides (officials and links are written apart). */
export const articleFields = (analysis: Analysis, input: ImportInput) => ({
  title: analysis.story.title,
  summary: analysis.summary,
  body: analysis.story.paragraphs.map(paragraphBlock),
  sourceText: analysis.text,
  sourceHash: analysis.sourceHash,
  // The agency of the dateline (or a closing `المصدر:` line) names the source.
  sourceName: edited(input.sourceName, analysis.story.agency),
  sourceUrl: input.sourceUrl,
  byline: edited(input.byline, analysis.story.byline),
  dateline: edited(input.dateline, analysis.story.dateline),
});

/** The officials of the analysis, the ones the text proposes created first. */
export const writeOfficials = async (strapi: Core.Strapi, analysis: Analysis): Promise<OfficialHit[]> => {
  const officials: OfficialHit[] = [];
  for (const hit of analysis.officials) {
    if (hit.documentId) {
      officials.push(hit);
      continue;
    }
    if (!fits(hit.name)) continue;
    const created = await strapi.documents(OFFICIAL).create({
      locale: analysis.locale,
      data: {
        name: hit.name,
        role: fits(hit.role) ? hit.role ?? undefined : undefined,
        honorific: fits(hit.honorific) ? hit.honorific ?? undefined : undefined,
        aliases: [],
      },
    } as any);
    officials.push({ ...hit, documentId: created.documentId });
  }
  return officials;
};

/** The link's own fields: where it sits in the list and what it points at. */
export const linkFields = (link: AnalysedLink, locale: string) => ({
  position: link.position,
  // The column holds 255 characters; a key can outgrow its headline (NFKC expands some
  // ligatures), and relinking recomputes keys from the headline anyway.
  matchKey: link.matchKey.slice(0, MAX_STRING_LENGTH),
  status: link.status,
  confidence: link.confidence,
  target: link.targetDocumentId ? { set: [{ documentId: link.targetDocumentId, locale }] } : { set: [] },
});

/** Creates one related link of an article; returns its documentId. */
export const createLink = async (
  strapi: Core.Strapi,
  link: AnalysedLink,
  article: string,
  locale: string
): Promise<string> => {
  const { target, ...fields } = linkFields(link, locale);
  const created = await strapi.documents(RELATED_LINK).create({
    locale,
    data: {
      headline: link.headline,
      ...fields,
      article: { connect: [{ documentId: article, locale }] },
      ...(link.targetDocumentId ? { target: { connect: [{ documentId: link.targetDocumentId, locale }] } } : {}),
    },
  } as any);
  return created.documentId;
};
