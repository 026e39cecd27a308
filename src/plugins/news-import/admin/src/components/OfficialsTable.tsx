/** Officials found in a story: known or proposed, role, mentions, and whether to keep each. */
import { Badge, Checkbox, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import type { OfficialHit } from '../services/api';
import { useT } from '../utils/useT';
import { BidiText } from './BidiText';

type Props = {
  officials: OfficialHit[];
  skipped: Set<string>;
  onToggle?: (name: string, keep: boolean) => void;
};

export const OfficialsTable = ({ officials, skipped, onToggle }: Props) => {
  const t = useT();
  return (
    <Table colCount={5} rowCount={officials.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{t('officials.keep')}</Typography></Th>
          <Th><Typography variant="sigma">{t('officials.name')}</Typography></Th>
          <Th><Typography variant="sigma">{t('officials.role')}</Typography></Th>
          <Th><Typography variant="sigma">{t('officials.kind')}</Typography></Th>
          <Th><Typography variant="sigma">{t('officials.mentions')}</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {officials.map((official) => (
          <Tr key={official.name} data-testid="official">
            <Td>
              <Checkbox
                aria-label={t('officials.keepOne', { name: official.name })}
                checked={!skipped.has(official.name)}
                disabled={!onToggle}
                onCheckedChange={(checked: boolean | 'indeterminate') => onToggle?.(official.name, checked === true)}
              />
            </Td>
            <Td><BidiText fontWeight="bold">{[official.honorific, official.name].filter(Boolean).join(' ')}</BidiText></Td>
            <Td><BidiText>{official.role ?? '—'}</BidiText></Td>
            <Td>
              <Badge
                backgroundColor={official.known ? 'success100' : 'secondary100'}
                textColor={official.known ? 'success700' : 'secondary700'}
              >
                {official.known ? t('officials.known') : t('officials.proposed')}
              </Badge>
            </Td>
            <Td><Typography>{official.mentions}</Typography></Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
