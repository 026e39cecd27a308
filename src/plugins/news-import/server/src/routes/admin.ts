/**
 * `/news-import/...` for the admin panel, guarded by the plugin's RBAC actions (registered in
 * ../bootstrap.ts, granted in Settings -> Administration panel -> Roles -> Plugins).
 */
import { ACTIONS } from '../permissions';

const route = (path: string, handler: string, action: string) => ({
  method: 'POST',
  path,
  handler: `news-import.${handler}`,
  config: {
    policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
  },
});

export default {
  type: 'admin',
  routes: [
    route('/preview', 'preview', ACTIONS.import),
    route('/import', 'import', ACTIONS.import),
    route('/relink', 'relink', ACTIONS.review),
  ],
};
