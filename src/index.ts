import type { Core } from '@strapi/strapi';

import { contentApiReadMiddleware } from './app/content-api/document-middleware';
import { registerGraphqlDraftGuard } from './app/content-api/graphql';
import { slugMiddleware } from './app/slugs';
import { wellFormedMiddleware } from './app/well-formed';
import { loadGazetteer, readGazetteer } from './bootstrap/gazetteer';
import { ensureLocales, getDefaultLocale } from './bootstrap/locales';
import { grantPublicRead } from './bootstrap/public-read';
import { importSampleStories, readSampleStories } from './bootstrap/sample-stories';
import { ensureSlugIndexes } from './bootstrap/slug-indexes';
import { readBootState, writeBootState } from './bootstrap/state';
import { grantNewsroomRoles } from './bootstrap/admin-roles';
import { setAdminViews } from './bootstrap/admin-views';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(contentApiReadMiddleware(strapi));
    registerGraphqlDraftGuard(strapi);
    strapi.documents.use(wellFormedMiddleware(strapi));
    strapi.documents.use(slugMiddleware(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureSlugIndexes(strapi);
    const state = await readBootState(strapi);

    if (!state.locales) {
      await ensureLocales(strapi);
      await writeBootState(strapi, { locales: true });
    }
    if (!state.publicRead) {
      await grantPublicRead(strapi);
      await writeBootState(strapi, { publicRead: true });
    }

    // After the locales: the roles are granted every locale there is.
    if (!state.adminRoles) {
      await grantNewsroomRoles(strapi);
      await writeBootState(strapi, { adminRoles: true });
    }
    if (!state.adminViews) {
      await setAdminViews(strapi);
      await writeBootState(strapi, { adminViews: true });
    }

    const { gazetteer, hash } = readGazetteer(strapi.dirs.app.root);
    if (state.gazetteerHash !== hash) {
      const { created } = await loadGazetteer(strapi, gazetteer, await getDefaultLocale(strapi));
      strapi.log.info(`[newsroom] officials gazetteer loaded: ${created} new localized entries.`);
      await writeBootState(strapi, { gazetteerHash: hash });
    }

    if (!state.sampleStories && strapi.config.get('newsroom.sampleStories')) {
      const stories = readSampleStories(strapi.dirs.app.root, await getDefaultLocale(strapi));
      try {
        const imported = await importSampleStories(strapi, stories);
        strapi.log.info(`[newsroom] sample stories imported and published: ${imported}.`);
        await writeBootState(strapi, { sampleStories: true });
      } catch (error) {
        // A broken sample must not keep the newsroom from starting; the next boot tries again.
        strapi.log.error(`[newsroom] sample stories not imported: ${(error as Error).message}`);
      }
    }
  },
};
