import type { Core } from '@strapi/strapi';

import { ADMIN_ACTIONS } from './permissions';
import { LINKS_CHANGED } from './services/living-links';
import { IMPROVABLE_FILTER } from './storage/link-index';
import { ensureTables } from './storage/tables';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureTables(strapi);
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);

  // Articles written before the plugin (or while it was disabled) are indexed once, in bulk.
  const titleIndex = getService(strapi, 'titleIndex');
  // One index row per article row: the draft and, when there is one, the published version.
  const articles = await strapi.db.query('api::article.article').count();
  if (!(await titleIndex.isConsistent(articles))) {
    const indexed = await titleIndex.rebuild();
    strapi.log.info(`[news-import] title index rebuilt: ${indexed} article titles.`);
  }
  const linkIndex = getService(strapi, 'linkIndex');
  // The index holds every link a later story may still take, not only the open ones.
  const improvable = await strapi.db.query('api::related-link.related-link').count({ where: IMPROVABLE_FILTER });
  if (improvable > 0 && (await linkIndex.isEmpty())) {
    const indexed = await linkIndex.rebuild();
    strapi.log.info(`[news-import] link index rebuilt: ${indexed} related links.`);
  }

  // Front ends can subscribe to a story's links changing after its import (Settings -> Webhooks).
  strapi.get('webhookStore').addAllowedEvent('NEWS_IMPORT_LINKS_CHANGED', LINKS_CHANGED);
};

export default bootstrap;
