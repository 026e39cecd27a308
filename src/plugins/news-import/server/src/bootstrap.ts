import type { Core } from '@strapi/strapi';

import { ADMIN_ACTIONS } from './permissions';
import { ensureTables } from './storage/tables';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureTables(strapi);
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);

  // Articles written before the plugin (or while it was disabled) are indexed once, in bulk.
  const titleIndex = getService(strapi, 'titleIndex');
  // One index row per article row: the draft and, when there is one, the published version.
  const articles = await strapi.db.query('api::article.article').count();
  if (articles !== (await titleIndex.size())) {
    const indexed = await titleIndex.rebuild();
    strapi.log.info(`[news-import] title index rebuilt: ${indexed} article titles.`);
  }
};

export default bootstrap;
