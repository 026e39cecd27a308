import type { Core } from '@strapi/strapi';

export const DEFAULT_LOCALE = 'ar';

export const LOCALES = [
  { code: 'ar', name: 'Arabic (ar)' },
  { code: 'en', name: 'English (en)' },
];

/** The default locale as configured in Settings -> Internationalization. */
export const getDefaultLocale = async (strapi: Core.Strapi): Promise<string> =>
  (await strapi.plugin('i18n').service('locales').getDefaultLocale()) ?? DEFAULT_LOCALE;

/** Creates `ar` and `en` and makes `ar` the default, once. */
export const ensureLocales = async (strapi: Core.Strapi): Promise<void> => {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of LOCALES) {
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
  await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
};
