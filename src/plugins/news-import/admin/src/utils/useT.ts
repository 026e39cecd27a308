import { useCallback } from 'react';
import { useIntl } from 'react-intl';

import { PLUGIN_ID } from '../pluginId';
import en from '../translations/en.json';

export type TranslationKey = keyof typeof en;

/** `t('import.title')`: the plugin's message in the admin's language, English when missing. */
export const useT = () => {
  const { formatMessage } = useIntl();
  return useCallback(
    (key: TranslationKey, values?: Record<string, string | number>) =>
      formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: en[key] }, values),
    [formatMessage]
  );
};

/** Where the Content Manager edits an article in a locale. */
export const articleUrl = (documentId: string, locale: string) =>
  `/content-manager/collection-types/api::article.article/${documentId}?plugins[i18n][locale]=${locale}`;
