/**
 * `plugin::news-import.any-action`: the admin user holds at least one of the plugin's RBAC actions
 * (`admin::hasPermissions` demands all of those it is given). For the reads both pages share.
 */
import { ACTIONS } from '../permissions';

const anyAction = (ctx: any): boolean =>
  Object.values(ACTIONS).some((action) => ctx.state.userAbility?.can(action) === true);

export default { 'any-action': anyAction };
