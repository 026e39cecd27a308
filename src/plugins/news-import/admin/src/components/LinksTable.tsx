/**
 * Related links with their status, confidence and target; per row accept, reject, or choose a
 * target. Used by the import preview (decisions) and the review queue (saved at once).
 */
import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Check, Cross } from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';

import type { Link, Target } from '../services/api';
import { articleUrl, useT } from '../utils/useT';
import { BidiText } from './BidiText';
import { StatusBadge } from './StatusBadge';
import { TargetPicker } from './TargetPicker';

export type LinkRow = Link & { key: string; locale: string; article?: { documentId: string; title: string } | null };

type Props = {
  rows: LinkRow[];
  /** The article listing the links (excluded from the type-ahead), when they all share one. */
  exclude?: string;
  busy?: boolean;
  onAccept: (row: LinkRow, target?: Target) => void;
  onReject: (row: LinkRow) => void;
};

export const LinksTable = ({ rows, exclude, busy, onAccept, onReject }: Props) => {
  const t = useT();
  const showArticle = rows.some((row) => row.article);
  return (
    <Table colCount={showArticle ? 7 : 6} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">#</Typography></Th>
          <Th><Typography variant="sigma">{t('links.headline')}</Typography></Th>
          {showArticle && <Th><Typography variant="sigma">{t('links.article')}</Typography></Th>}
          <Th><Typography variant="sigma">{t('links.status')}</Typography></Th>
          <Th><Typography variant="sigma">{t('links.confidence')}</Typography></Th>
          <Th><Typography variant="sigma">{t('links.target')}</Typography></Th>
          <Th><Typography variant="sigma">{t('links.actions')}</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.key} data-testid="related-link" data-position={row.position} data-locale={row.locale}>
            <Td><Typography>{row.position}</Typography></Td>
            <Td style={{ maxWidth: '28rem' }}>
              <BidiText ellipsis title={row.headline} textColor="neutral800">{row.headline}</BidiText>
            </Td>
            {showArticle && (
              <Td style={{ maxWidth: '16rem' }}>
                {row.article && (
                  <RouterLink to={articleUrl(row.article.documentId, row.locale)}>
                    <BidiText ellipsis title={row.article.title}>{row.article.title}</BidiText>
                  </RouterLink>
                )}
              </Td>
            )}
            <Td><StatusBadge status={row.status} /></Td>
            <Td><Typography>{Math.round(row.confidence * 100)}%</Typography></Td>
            <Td style={{ maxWidth: '18rem' }}>
              {row.target ? (
                <BidiText ellipsis title={row.target.title}>{row.target.title}</BidiText>
              ) : (
                <Typography textColor="neutral500">{t('links.noTarget')}</Typography>
              )}
            </Td>
            <Td>
              <Flex gap={2} alignItems="center">
                <Button
                  size="S"
                  variant="success-light"
                  startIcon={<Check />}
                  disabled={busy || !row.target || row.status === 'linked'}
                  onClick={() => onAccept(row)}
                >
                  {t('links.accept')}
                </Button>
                <Button
                  size="S"
                  variant="danger-light"
                  startIcon={<Cross />}
                  disabled={busy || row.status === 'rejected'}
                  onClick={() => onReject(row)}
                >
                  {t('links.reject')}
                </Button>
                <Box minWidth="14rem">
                  <TargetPicker
                    locale={row.locale}
                    exclude={exclude ?? row.article?.documentId}
                    label={t('links.choose')}
                    onPick={(target) => onAccept(row, target)}
                  />
                </Box>
              </Flex>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
