/**
 * Server entry of the news-import plugin: the import pipeline's services, its content-API and
 * admin routes, RBAC actions, GraphQL operations and the Document Service middleware that keeps
 * the title index in step with content.
 */
import bootstrap from './bootstrap';
import config from './config';
import controllers from './controllers';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';

export default {
  register,
  bootstrap,
  config,
  controllers,
  policies,
  routes,
  services,
};
