import { useCallback, useState } from 'react';

import { useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';

/**
 * Runs an API call for a button: `busy` while it runs, the server's message (a ValidationError
 * says what to change) as a danger notification when it fails.
 */
export const useRun = () => {
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      try {
        return await work();
      } catch (error) {
        toggleNotification({ type: 'danger', message: formatAPIError(error as any) });
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [toggleNotification, formatAPIError]
  );
  return { busy, run };
};
