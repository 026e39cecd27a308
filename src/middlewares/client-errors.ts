/**
 * A client's mistake is not a server error.
 *
 * Strapi's error middleware logs every error it does not know at `error` level with its stack
 * trace, including the body parser's 400 (malformed JSON) and 413 (body over the limit): one bad
 * client floods the operator's log. Placed right after `strapi::errors`, this turns an error that
 * carries a 4xx status into Strapi's own application error of that status, which answers the same
 * envelope without a log line; the request line that `strapi::logger` writes at `http` level is
 * its one log entry.
 * Errors without a 4xx status (5xx) pass through untouched and keep their stack.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const clientStatus = (error: any): number | null => {
  const status = Number(error?.status ?? error?.statusCode);
  return Number.isInteger(status) && status >= 400 && status < 500 ? status : null;
};

// The parser's own words ("invalid JSON", "request entity too large") are safe to show.
const asApplicationError = (status: number, message: string): Error => {
  switch (status) {
    case 401:
      return new errors.UnauthorizedError(message);
    case 403:
      return new errors.ForbiddenError(message);
    case 404:
      return new errors.NotFoundError(message);
    case 413:
      return new errors.PayloadTooLargeError(message);
    case 429:
      return new errors.RateLimitError(message);
    default:
      return new errors.ValidationError(message);
  }
};

export default (_config: unknown, _context: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      const status = clientStatus(error);
      if (status === null || error instanceof errors.ApplicationError || error instanceof errors.HttpError) {
        throw error;
      }
      throw asApplicationError(status, (error as Error).message);
    }
  };
