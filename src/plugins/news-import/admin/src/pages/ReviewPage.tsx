/**
 * Review queue: every suggested and unresolved link across articles, newest first, filtered by
 * status and locale, paged; accept, reject or choose a target per row; re-run linking for all.
 * "Waiting for translation" shows the translators' queue of a locale instead.
 */
import { useCallback, useEffect, useState } from 'react';

import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';

import { LinksTable, type LinkRow } from '../components/LinksTable';
import { TranslationTable } from '../components/TranslationTable';
import { PERMISSIONS } from '../permissions';
import { useNewsImportApi, type Locale, type QueuePage, type TranslationQueue } from '../services/api';
import { useRun } from '../utils/useRun';
import { useT } from '../utils/useT';

const PAGE_SIZE = 20;
const ALL = 'all';
const TRANSLATION = 'translation';

const ReviewQueue = () => {
  const t = useT();
  const api = useNewsImportApi();
  const { toggleNotification } = useNotification();
  const { busy, run } = useRun();
  const [locales, setLocales] = useState<Locale[]>([]);
  const [status, setStatus] = useState(ALL);
  const [locale, setLocale] = useState(ALL);
  const [page, setPage] = useState(1);
  const [queue, setQueue] = useState<QueuePage | null>(null);
  const [translation, setTranslation] = useState<TranslationQueue | null>(null);
  // The translators' queue is per locale: "all languages" means the first one that is not the source.
  const translationLocale = locale !== ALL ? locale : locales.find((l) => !l.isDefault)?.code;

  const load = useCallback(async () => {
    if (status === TRANSLATION) {
      if (!translationLocale) return;
      const found = await run(() => api.translationQueue({ locale: translationLocale, page, pageSize: PAGE_SIZE }));
      if (found) setTranslation(found);
      return;
    }
    const found = await run(() =>
      api.queue({
        page,
        pageSize: PAGE_SIZE,
        ...(status !== ALL ? { status } : {}),
        ...(locale !== ALL ? { locale } : {}),
      })
    );
    if (found) setQueue(found);
  }, [api, run, page, status, locale, translationLocale]);

  useEffect(() => {
    load();
  }, [load]);
  useEffect(() => {
    run(api.locales).then((found) => found && setLocales(found));
  }, [api, run]);

  const act = async (work: () => Promise<unknown>, message: string) => {
    if ((await run(work)) === undefined) return;
    toggleNotification({ type: 'success', message });
    await load();
  };

  const relinkAll = async () => {
    const counts = await run(() => api.relink(locale !== ALL ? { locale } : {}));
    if (!counts) return;
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
          <Flex gap={4}>
            <Field.Root name="status">
              <Field.Label>{t('links.status')}</Field.Label>
              <SingleSelect value={status} onChange={(value: string | number) => { setStatus(String(value)); setPage(1); }}>
                <SingleSelectOption value={ALL}>{t('review.allOpen')}</SingleSelectOption>
                <SingleSelectOption value="suggested">{t('status.suggested')}</SingleSelectOption>
                <SingleSelectOption value="unresolved">{t('status.unresolved')}</SingleSelectOption>
                <SingleSelectOption value={TRANSLATION}>{t('review.waitingTranslation')}</SingleSelectOption>
              </SingleSelect>
            </Field.Root>
            <Field.Root name="locale">
              <Field.Label>{t('import.locale')}</Field.Label>
              <SingleSelect value={locale} onChange={(value: string | number) => { setLocale(String(value)); setPage(1); }}>
                <SingleSelectOption value={ALL}>{t('review.allLocales')}</SingleSelectOption>
                {locales.map((l) => (
                  <SingleSelectOption key={l.code} value={l.code}>{l.name}</SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Flex>
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
          {pagination && pagination.pageCount > 1 && (
            <Flex gap={2} justifyContent="flex-end" alignItems="center">
              <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>{t('review.previous')}</Button>
              <Typography>{t('review.page', { page, pageCount: pagination.pageCount })}</Typography>
              <Button variant="tertiary" disabled={page >= pagination.pageCount} onClick={() => setPage(page + 1)}>
                {t('review.next')}
              </Button>
            </Flex>
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
