/**
 * `/news-import/...` for the admin panel, guarded by the plugin's RBAC actions (registered in
 * ../bootstrap.ts, granted in Settings -> Administration panel -> Roles -> Plugins).
 */
import { ACTIONS } from '../permissions';

const AUTHENTICATED = 'admin::isAuthenticatedAdmin';

const route = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler,
  config: { policies: [AUTHENTICATED, { name: 'admin::hasPermissions', config: { actions: [action] } }] },
});

// Reads both pages need (picking a target, the side panel): either action opens them.
const readRoute = (path: string, handler: string) => ({
  method: 'GET',
  path,
  handler,
  config: { policies: [AUTHENTICATED, 'plugin::news-import.any-action'] },
});

export default {
  type: 'admin',
  routes: [
    route('POST', '/preview', 'news-import.preview', ACTIONS.import),
    route('POST', '/import', 'news-import.import', ACTIONS.import),
    route('POST', '/relink', 'news-import.relink', ACTIONS.review),
    route('POST', '/links/:documentId/accept', 'review.accept', ACTIONS.review),
    route('POST', '/links/:documentId/reject', 'review.reject', ACTIONS.review),
    route('GET', '/links', 'desk.queue', ACTIONS.review),
    route('GET', '/translation-queue', 'translations.queue', ACTIONS.review),
    readRoute('/titles', 'desk.titles'),
    readRoute('/articles/:documentId/panel', 'desk.panel'),
  ],
};
