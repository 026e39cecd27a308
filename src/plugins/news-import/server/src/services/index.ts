import type { Core } from '@strapi/strapi';

import { createSources } from '../storage/sources';
import { createTitleIndex } from '../storage/title-index';
import { createGazetteerService } from './gazetteer';
import { createImporter } from './importer';
import { createPipeline } from './pipeline';
import { createPresenter } from './present';
import { createRelinker } from './relink';

type Factory = { strapi: Core.Strapi };

const services = {
  gazetteer: createGazetteerService,
  importer: createImporter,
  pipeline: createPipeline,
  present: createPresenter,
  relinker: createRelinker,
  sources: ({ strapi }: Factory) => createSources(strapi),
  titleIndex: ({ strapi }: Factory) => createTitleIndex(strapi),
};

export type Services = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

export default services;
