import type { Core } from '@strapi/strapi';

import { createDecisions } from '../storage/decisions';
import { createLinkIndex } from '../storage/link-index';
import { createRevisions } from '../storage/revisions';
import { createSources } from '../storage/sources';
import { createTitleIndex } from '../storage/title-index';
import { createBatch } from './batch';
import { createCorrections } from './corrections';
import { createDesk } from './desk';
import { createGazetteerService } from './gazetteer';
import { createImporter } from './importer';
import { createLivingLinks } from './living-links';
import { createPipeline } from './pipeline';
import { createPresenter } from './present';
import { createRateLimit } from './rate-limit';
import { createRelinker } from './relink';
import { createReview } from './review';
import { createTranslationQueue } from './translation-queue';
import { createTranslations } from './translations';

type Factory = { strapi: Core.Strapi };

const services = {
  batch: createBatch,
  corrections: createCorrections,
  desk: createDesk,
  gazetteer: createGazetteerService,
  importer: createImporter,
  linkIndex: ({ strapi }: Factory) => createLinkIndex(strapi),
  livingLinks: createLivingLinks,
  pipeline: createPipeline,
  present: createPresenter,
  rateLimit: createRateLimit,
  decisions: ({ strapi }: Factory) => createDecisions(strapi),
  relinker: createRelinker,
  review: createReview,
  revisions: ({ strapi }: Factory) => createRevisions(strapi),
  sources: ({ strapi }: Factory) => createSources(strapi),
  titleIndex: ({ strapi }: Factory) => createTitleIndex(strapi),
  translationQueue: createTranslationQueue,
  translations: createTranslations,
};

export type Services = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

export default services;
