/**
 * Review queue: every suggested and unresolved link across articles, newest first, filtered by
 * status and locale, paged; accept, reject or choose a target per row; re-run linking for all.
 * "Waiting for translation" shows the translators' queue of a locale instead.
 * Filters and page live in the address (`?status=suggested&locale=ar&page=2`), as in Strapi's own
 * list pages, so a reload or a shared link shows the same rows and the admin's Pagination works.
 */
import { useCallback, useEffect, useState } from 'react';

import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Layouts, Page, Pagination, useNotification, useQueryParams } from '@strapi/strapi/admin';

import { LinksTable, type LinkRow } from '../components/LinksTable';
import { TranslationTable } from '../components/TranslationTable';
import { PERMISSIONS } from '../permissions';
import { useNewsImportApi, type Locale, type QueuePage, type RelinkCounts, type TranslationQueue } from '../services/api';
import { useRun } from '../utils/useRun';
import { useT } from '../utils/useT';

const DEFAULT_PAGE_SIZE = 10;
const ALL = 'all';
const TRANSLATION = 'translation';

type Query = { page?: string; pageSize?: string; status?: string; locale?: string };

const ReviewQueue = () => {
  const t = useT();
  const api = useNewsImportApi();
  const { toggleNotification } = useNotification();
  const { busy, run } = useRun();
  const [{ query }, setQuery] = useQueryParams<Query>();
  const page = Number(query.page) || 1;
  const pageSize = Number(query.pageSize) || DEFAULT_PAGE_SIZE;
  const status = query.status || ALL;
  const locale = query.locale || ALL;
  const [locales, setLocales] = useState<Locale[]>([]);
  const [queue, setQueue] = useState<QueuePage | null>(null);
  const [relinked, setRelinked] = useState<RelinkCounts | null>(null);
  const [translation, setTranslation] = useState<TranslationQueue | null>(null);
  // The translators' queue is per locale: "all languages" means the first one that is not the source.
  const translationLocale = locale !== ALL ? locale : locales.find((l) => !l.isDefault)?.code;

  const load = useCallback(async () => {
    if (status === TRANSLATION) {
      if (!translationLocale) return;
      const found = await run(() => api.translationQueue({ locale: translationLocale, page, pageSize }));
      if (found) setTranslation(found);
      return;
    }
    const found = await run(() =>
      api.queue({
        page,
        pageSize,
        ...(status !== ALL ? { status } : {}),
        ...(locale !== ALL ? { locale } : {}),
      })
    );
    if (found) setQueue(found);
  }, [api, run, page, pageSize, status, locale, translationLocale]);

  useEffect(() => {
    load();
  }, [load]);
  useEffect(() => {
    run(api.locales).then((found) => found && setLocales(found));
  }, [api, run]);

  // A new filter starts again at the first page.
  const filter = (field: 'status' | 'locale', value: string) => setQuery({ [field]: value === ALL ? '' : value, page: '1' });

  const act = async (work: () => Promise<unknown>, message: string) => {
    if ((await run(work)) === undefined) return;
    toggleNotification({ type: 'success', message });
    await load();
  };

  const relinkAll = async () => {
    const counts = await run(() => api.relink(locale !== ALL ? { locale } : {}));
    if (!counts) return;
    setRelinked(counts);
    toggleNotification({ type: 'success', message: t('review.relinked', counts) });
    await load();
  };

  const translating = status === TRANSLATION;
  const rows: LinkRow[] = (queue?.results ?? []).map((entry) => ({ ...entry, key: `${entry.documentId}-${entry.locale}` }));
  const pagination = translating ? translation?.meta.pagination : queue?.pagination;
  const empty = translating ? (translation?.data ?? []).length === 0 : rows.length === 0;

  return (
    <Page.Main>
      <Page.Title>{t('review.title')}</Page.Title>
      <Layouts.Header
        title={t('review.title')}
        subtitle={pagination ? t(translating ? 'translation.count' : 'review.count', { count: pagination.total }) : undefined}
        primaryAction={
          <Button startIcon={<ArrowClockwise />} onClick={relinkAll} loading={busy}>
            {t('review.relinkAll')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Field.Root name="status">
              <Field.Label>{t('links.status')}</Field.Label>
              <SingleSelect value={status} onChange={(value: string | number) => filter('status', String(value))}>
                <SingleSelectOption value={ALL}>{t('review.allOpen')}</SingleSelectOption>
                <SingleSelectOption value="suggested">{t('status.suggested')}</SingleSelectOption>
                <SingleSelectOption value="unresolved">{t('status.unresolved')}</SingleSelectOption>
                <SingleSelectOption value={TRANSLATION}>{t('review.waitingTranslation')}</SingleSelectOption>
              </SingleSelect>
            </Field.Root>
            <Field.Root name="locale">
              <Field.Label>{t('import.locale')}</Field.Label>
              <SingleSelect value={locale} onChange={(value: string | number) => filter('locale', String(value))}>
                <SingleSelectOption value={ALL}>{t('review.allLocales')}</SingleSelectOption>
                {locales.map((l) => (
                  <SingleSelectOption key={l.code} value={l.code}>{l.name}</SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Flex>
          {relinked && (
            <Box background="success100" padding={4} hasRadius data-testid="relink-counts">
              <Typography>{t('review.relinked', relinked)}</Typography>
            </Box>
          )}
          {empty ? (
            <Box background="neutral0" padding={8} hasRadius shadow="filterShadow">
              <Typography>{t(translating ? 'translation.empty' : 'review.empty')}</Typography>
            </Box>
          ) : translating ? (
            <TranslationTable rows={translation?.data ?? []} />
          ) : (
            <LinksTable
              rows={rows}
              busy={busy}
              onAccept={(row, target) => act(() => api.accept(row.documentId!, row.locale, target?.documentId), t('review.accepted'))}
              onReject={(row) => act(() => api.reject(row.documentId!, row.locale), t('review.rejected'))}
            />
          )}
          {pagination && (
            <Pagination.Root pageCount={pagination.pageCount} total={pagination.total} defaultPageSize={DEFAULT_PAGE_SIZE}>
              <Pagination.PageSize />
              <Pagination.Links />
            </Pagination.Root>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ReviewPage = () => (
  <Page.Protect permissions={PERMISSIONS.review}>
    <ReviewQueue />
  </Page.Protect>
);

export default ReviewPage;
