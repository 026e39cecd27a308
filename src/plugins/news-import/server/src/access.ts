/**
 * Who may see drafts. The newsroom (the admin panel, API tokens used by its integrations and
 * previews, and the server's own work) may; the public and users-permissions roles may not, even
 * when granted the plugin's actions: embargoed stories are drafts.
 *
 * The app's draft guard (src/app/drafts) and the plugin's routes share this one rule.
 */
import { isInternal } from './internal-context';

// Strapi 5 names its API-token strategy `content-api-token` (`api-token` in earlier 5.x releases).
const DRAFT_READERS = new Set(['content-api-token', 'api-token']);

type RequestContext = {
  state?: { route?: { info?: { type?: string } }; auth?: { strategy?: { name?: string } } };
} | null | undefined;

/** False for a content-API caller without draft rights; true for everyone else. */
export const mayReadDrafts = (ctx: RequestContext): boolean => {
  if (!ctx?.state) return true; // bootstrap, scripts, cron: not a request
  if (isInternal()) return true; // a plugin service working for an authorised caller
  if (ctx.state.route?.info?.type !== 'content-api') return true; // the admin panel
  return DRAFT_READERS.has(ctx.state.auth?.strategy?.name ?? '');
};
