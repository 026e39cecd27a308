import type { Core } from '@strapi/strapi';

import { ADMIN_ACTIONS } from './permissions';
import { ensureTables } from './storage/tables';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureTables(strapi);
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);

  // Articles written before the plugin (or while it was disabled) are indexed once, in bulk.
  const titleIndex = getService(strapi, 'titleIndex');
  const articles = await strapi.db.query('api::article.article').count({ where: { publishedAt: null } });
  if (articles !== (await titleIndex.size())) {
    const indexed = await titleIndex.rebuild();
    strapi.log.info(`[news-import] title index rebuilt: ${indexed} article titles.`);
  }
};

export default bootstrap;
