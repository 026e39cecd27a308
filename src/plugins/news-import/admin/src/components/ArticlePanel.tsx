/**
 * The Article edit view's side panel: the story's related links in order (status, confidence,
 * target), its officials, how many other articles link to it, and "re-run linking".
 * Content Manager side panels are called as hooks and answer `{ title, content }` or null.
 */
import { useCallback, useEffect, useState } from 'react';

import { Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useNotification, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';

import { PERMISSIONS } from '../permissions';
import { useNewsImportApi, type Panel } from '../services/api';
import { useRun } from '../utils/useRun';
import { articleUrl, useT } from '../utils/useT';
import { BidiText } from './BidiText';
import { StatusBadge } from './StatusBadge';

const ARTICLE = 'api::article.article';

type Props = { model: string; documentId?: string };

export const ArticlePanel = ({ model, documentId }: Props) => {
  const t = useT();
  const api = useNewsImportApi();
  const { toggleNotification } = useNotification();
  const { busy, run } = useRun();
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const locale = query.plugins?.i18n?.locale ?? 'ar';
  const { allowedActions } = useRBAC({ canImport: PERMISSIONS.import, canReview: PERMISSIONS.review });
  const allowed = allowedActions.canImport || allowedActions.canReview;
  const active = model === ARTICLE && Boolean(documentId) && documentId !== 'create' && allowed;
  const [panel, setPanel] = useState<Panel | null>(null);

  const load = useCallback(async () => {
    if (!active || !documentId) return;
    const found = await run(() => api.panel(documentId, locale));
    if (found) setPanel(found);
  }, [active, api, documentId, locale, run]);

  useEffect(() => {
    load();
  }, [load]);

  if (!active || !panel) return null;

  const relink = async () => {
    const counts = await run(() => api.relink({ documentId, locale }));
    if (!counts) return;
    toggleNotification({ type: 'success', message: t('review.relinked', counts) });
    await load();
  };

  return {
    title: t('panel.title'),
    content: (
      <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="news-import-panel">
        <Typography variant="sigma" textColor="neutral600">{t('panel.links', { count: panel.relatedLinks.length })}</Typography>
        {panel.relatedLinks.map((link) => (
          <Flex key={link.documentId} direction="column" alignItems="stretch" gap={1} data-testid="panel-link">
            <BidiText ellipsis title={link.headline} variant="omega">{`${link.position}. ${link.headline}`}</BidiText>
            <Flex gap={2} alignItems="center">
              <StatusBadge status={link.status} />
              <Typography variant="pi" textColor="neutral600">{Math.round(link.confidence * 100)}%</Typography>
            </Flex>
            {link.target && (
              <RouterLink to={articleUrl(link.target.documentId, locale)}>
                <BidiText ellipsis variant="pi" textColor="primary600" title={link.target.title}>{`→ ${link.target.title}`}</BidiText>
              </RouterLink>
            )}
          </Flex>
        ))}
        <Typography variant="sigma" textColor="neutral600">{t('panel.officials', { count: panel.officials.length })}</Typography>
        {panel.officials.map((official) => (
          <BidiText key={official.documentId} variant="omega" data-testid="panel-official">
            {official.role ? `${official.name} — ${official.role}` : official.name}
          </BidiText>
        ))}
        <Typography variant="pi" data-testid="panel-backlinks">{t('panel.backlinks', { count: panel.backlinks })}</Typography>
        {allowedActions.canReview && (
          <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={relink} loading={busy} fullWidth>
            {t('panel.relink')}
          </Button>
        )}
      </Flex>
    ),
  };
};
