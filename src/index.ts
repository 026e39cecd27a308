import type { Core } from '@strapi/strapi';

import { publishedOnlyMiddleware } from './app/published-only';
import { slugMiddleware } from './app/slugs';
import { loadGazetteer, readGazetteer } from './bootstrap/gazetteer';
import { DEFAULT_LOCALE, ensureLocales } from './bootstrap/locales';
import { grantPublicRead } from './bootstrap/public-read';
import { readBootState, writeBootState } from './bootstrap/state';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(publishedOnlyMiddleware(strapi));
    strapi.documents.use(slugMiddleware(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const state = await readBootState(strapi);

    if (!state.locales) {
      await ensureLocales(strapi);
      await writeBootState(strapi, { locales: true });
    }
    if (!state.publicRead) {
      await grantPublicRead(strapi);
      await writeBootState(strapi, { publicRead: true });
    }

    const { gazetteer, hash } = readGazetteer(strapi.dirs.app.root);
    if (state.gazetteerHash !== hash) {
      const defaultLocale = (await strapi.plugin('i18n').service('locales').getDefaultLocale()) ?? DEFAULT_LOCALE;
      const { created } = await loadGazetteer(strapi, gazetteer, defaultLocale);
      strapi.log.info(`[newsroom] officials gazetteer loaded: ${created} new localized entries.`);
      await writeBootState(strapi, { gazetteerHash: hash });
    }
  },
};
