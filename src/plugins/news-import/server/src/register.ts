import type { Core } from '@strapi/strapi';

import { registerGraphql } from './graphql';
import { contentSyncMiddleware } from './middlewares';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(contentSyncMiddleware(strapi));
  registerGraphql(strapi);
};

export default register;
