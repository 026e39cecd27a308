import { Badge } from '@strapi/design-system';

import type { LinkStatus } from '../services/api';
import { useT } from '../utils/useT';

const COLORS: Record<LinkStatus, [string, string]> = {
  linked: ['success100', 'success700'],
  suggested: ['warning100', 'warning700'],
  unresolved: ['neutral150', 'neutral700'],
  rejected: ['danger100', 'danger700'],
};

/** A link's status, named in the admin's language. */
export const StatusBadge = ({ status }: { status: LinkStatus }) => {
  const t = useT();
  const [backgroundColor, textColor] = COLORS[status];
  return (
    <Badge backgroundColor={backgroundColor} textColor={textColor} data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
};
