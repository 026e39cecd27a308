/**
 * Server entry of the news-import plugin. The import pipeline, its routes and RBAC actions are
 * registered from here as they land; for now the plugin declares itself and its configuration.
 */
import bootstrap from './bootstrap';
import config from './config';
import register from './register';

export default {
  register,
  bootstrap,
  config,
};
