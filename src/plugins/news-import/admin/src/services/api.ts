/**
 * The plugin's admin routes (`/news-import/...`), called with the admin's fetch client so that
 * the editor's session and RBAC apply.
 */
import { useMemo } from 'react';

import { useFetchClient } from '@strapi/strapi/admin';

export type LinkStatus = 'linked' | 'suggested' | 'unresolved' | 'rejected';
export type Target = { documentId: string; slug?: string; title: string };
export type Link = {
  documentId?: string;
  headline: string;
  position: number;
  status: LinkStatus;
  confidence: number;
  target: Target | null;
};
export type OfficialHit = {
  name: string;
  role: string | null;
  honorific: string | null;
  documentId: string | null;
  known: boolean;
  mentions: number;
};
export type Preview = {
  title: string;
  summary: string;
  paragraphs: string[];
  byline: string | null;
  dateline: string | null;
  agency: string | null;
  relatedLinks: Link[];
  officials: OfficialHit[];
  warnings: string[];
};
export type Decisions = {
  links: { position: number; target?: string; reject?: true }[];
  skipOfficials: string[];
};
/** `byline`, `dateline`, `sourceName`: the editor's values; `null` stores none. */
export type ImportRequest = {
  text: string;
  locale: string;
  publish: boolean;
  decisions: Decisions;
  byline: string | null;
  dateline: string | null;
  sourceName: string | null;
};
export type ImportResult = {
  duplicate: boolean;
  /** An edited version of an already imported story updated that article (a correction). */
  updated?: boolean;
  article: { documentId: string; locale: string; slug: string; title: string; status: string };
  relatedLinks: Link[];
  officials: OfficialHit[];
  warnings: string[];
};
export type QueueEntry = Link & { locale: string; article: { documentId: string; title: string } | null };
export type QueuePage = {
  results: QueueEntry[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
};
export type RelinkCounts = { resolved: number; suggested: number; unresolved: number };
export type Panel = {
  relatedLinks: Link[];
  officials: { documentId: string; name: string; role: string | null }[];
  backlinks: number;
};
export type Locale = { code: string; name: string; isDefault: boolean };
export type TranslationEntry = { documentId: string; locale: string; title: string } & (
  | { reason: 'missing'; locales: string[] }
  | { reason: 'waiting'; waiting: { position: number | null; headline: string; target: { documentId: string } }[] }
);
export type TranslationQueue = {
  data: TranslationEntry[];
  meta: { pagination: QueuePage['pagination']; counts: { missing: number; waiting: number } };
};

export const useNewsImportApi = () => {
  const { get, post } = useFetchClient();
  return useMemo(
    () => ({
      locales: async () => (await get<Locale[]>('/i18n/locales')).data,
      preview: async (body: { text: string; locale: string }) =>
        (await post<{ data: Preview }>('/news-import/preview', body)).data.data,
      importStory: async (body: ImportRequest) =>
        (await post<{ data: ImportResult }>('/news-import/import', body)).data.data,
      relink: async (body: { documentId?: string; locale?: string }) =>
        (await post<{ data: RelinkCounts }>('/news-import/relink', body)).data.data,
      accept: async (documentId: string, locale: string, target?: string) =>
        (await post<{ data: Link }>(`/news-import/links/${documentId}/accept`, { locale, ...(target ? { target } : {}) }))
          .data.data,
      reject: async (documentId: string, locale: string) =>
        (await post<{ data: Link }>(`/news-import/links/${documentId}/reject`, { locale })).data.data,
      queue: async (params: { status?: string; locale?: string; page: number; pageSize: number }) =>
        (await get<{ data: QueuePage }>('/news-import/links', { params })).data.data,
      translationQueue: async (params: { locale: string; page: number; pageSize: number }) =>
        (await get<TranslationQueue>('/news-import/translation-queue', { params })).data,
      titles: async (params: { locale: string; q: string; exclude?: string }) =>
        (await get<{ data: Target[] }>('/news-import/titles', { params })).data.data,
      panel: async (documentId: string, locale: string) =>
        (await get<{ data: Panel }>(`/news-import/articles/${documentId}/panel`, { params: { locale } })).data.data,
    }),
    [get, post]
  );
};
