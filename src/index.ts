import type { Core } from '@strapi/strapi';

import { publishedOnlyMiddleware } from './app/published-only';
import { slugMiddleware } from './app/slugs';
import { loadGazetteer, readGazetteer } from './bootstrap/gazetteer';
import { ensureLocales, getDefaultLocale } from './bootstrap/locales';
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
      const { created } = await loadGazetteer(strapi, gazetteer, await getDefaultLocale(strapi));
      strapi.log.info(`[newsroom] officials gazetteer loaded: ${created} new localized entries.`);
      await writeBootState(strapi, { gazetteerHash: hash });
    }
  },
};
