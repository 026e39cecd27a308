/**
 * The translators' queue, for the content API (`/api/news-import/translation-queue`) and the admin
 * panel (`/news-import/translation-queue`): the routes differ only in who may call them.
 */
import type { Core } from '@strapi/strapi';

import { mayReadDrafts } from '../access';
import { getService } from '../utils';
import { validateTranslationQueue } from '../validation/translations';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async queue(ctx: any) {
    const input = validateTranslationQueue(ctx.query);
    // An unknown locale is the same 400 as for an import.
    await getService(strapi, 'pipeline').resolveLocale(input.locale);
    ctx.body = await getService(strapi, 'translationQueue').list(input, { drafts: mayReadDrafts(ctx) });
  },
});
