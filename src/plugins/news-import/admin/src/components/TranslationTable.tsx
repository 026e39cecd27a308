/**
 * The translators' queue of one locale: articles with no version in it yet, and articles in it
 * whose related links wait for a target's translation (with those links' positions and headlines).
 */
import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';

import type { TranslationEntry } from '../services/api';
import { articleUrl, useT } from '../utils/useT';
import { BidiText } from './BidiText';

export const TranslationTable = ({ rows }: { rows: TranslationEntry[] }) => {
  const t = useT();
  return (
    <Table colCount={3} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{t('links.article')}</Typography></Th>
          <Th><Typography variant="sigma">{t('translation.reason')}</Typography></Th>
          <Th><Typography variant="sigma">{t('translation.waitingLinks')}</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={`${row.reason}-${row.documentId}`} data-testid="translation-entry" data-reason={row.reason}>
            <Td style={{ maxWidth: '24rem' }}>
              <RouterLink to={articleUrl(row.documentId, row.locale)}>
                <BidiText ellipsis title={row.title}>{row.title}</BidiText>
              </RouterLink>
            </Td>
            <Td>
              <Badge>{row.reason === 'missing' ? t('translation.missing') : t('translation.waiting')}</Badge>
            </Td>
            <Td style={{ maxWidth: '28rem' }}>
              {row.reason === 'waiting' &&
                row.waiting.map((link) => (
                  <BidiText key={link.position ?? link.headline} ellipsis title={link.headline} textColor="neutral800">
                    {link.position}. {link.headline}
                  </BidiText>
                ))}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
