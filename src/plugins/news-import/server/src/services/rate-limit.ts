/**
 * Abuse limits on the expensive operations (preview, import): at most `max` calls per caller per
 * `intervalSeconds`, per operation, wherever they come from (REST, the admin, GraphQL). A caller is
 * its API token, its users-permissions user, its admin user, or else its IP address.
 *
 * Counts live in this instance's memory (koa2-ratelimit's store, as Strapi's own auth routes use):
 * with several instances behind a load balancer each counts its own share, so the effective limit
 * is `max` × instances.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RateLimit } from 'koa2-ratelimit';

export type RateLimitConfig = { enabled: boolean; max: number; intervalSeconds: number };

const callerOf = (ctx: any): string => {
  const state = ctx?.state ?? {};
  if (state.route?.info?.type === 'admin' && state.user?.id) return `admin:${state.user.id}`;
  const credentials = state.auth?.credentials;
  if (credentials?.id) return `${state.auth.strategy?.name ?? 'auth'}:${credentials.id}`;
  return `ip:${ctx?.request?.ip ?? 'unknown'}`;
};

export const createRateLimit = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Counts one `operation` call by the caller of `ctx`; a 429 when over the limit. */
  async count(ctx: any, operation: 'preview' | 'import'): Promise<void> {
    const config = strapi.plugin('news-import').config('rateLimit') as RateLimitConfig;
    if (!config.enabled || !ctx?.request) return;
    const limiter = RateLimit.middleware({
      interval: { ms: config.intervalSeconds * 1000 },
      max: config.max,
      prefixKey: `news-import:${operation}:${callerOf(ctx)}`,
      handler() {
        throw new errors.RateLimitError(
          `Too many ${operation} requests: at most ${config.max} every ${config.intervalSeconds} seconds. Wait a moment and try again.`
        );
      },
    });
    await limiter(ctx, async () => {});
  },
});
