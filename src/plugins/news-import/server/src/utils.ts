import type { Core } from '@strapi/strapi';

import type { StoryLimits } from './language/limits';
import type { Services } from './services';

/** `getService(strapi, 'importer')` instead of `strapi.plugin('news-import').service('importer')`. */
export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin('news-import').service(name) as Services[Name];

/** The largest story text accepted, from the plugin's configuration. */
export const maxTextLength = (strapi: Core.Strapi): number =>
  strapi.plugin('news-import').config('maxTextLength') as number;

/** How much of a story the pipeline reads (see language/limits.ts), from the plugin's configuration. */
export const storyLimits = (strapi: Core.Strapi): StoryLimits => ({
  maxLineLength: strapi.plugin('news-import').config('maxLineLength') as number,
  maxRelatedHeadlines: strapi.plugin('news-import').config('maxRelatedHeadlines') as number,
});
