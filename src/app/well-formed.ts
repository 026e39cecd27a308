/**
 * Text is stored well-formed, the same on every database.
 *
 * A lone UTF-16 surrogate (`"\ud800"` in a JSON body) cannot be encoded: SQLite quietly stores
 * U+FFFD, while PostgreSQL refuses it inside JSON columns (a story's `body` blocks, an official's
 * `aliases`) and the request fails with a 500. Every string written through the Document Service,
 * nested ones included, has its lone surrogates replaced by U+FFFD first, whoever writes it.
 */
import type { Core, Modules } from '@strapi/strapi';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\uFFFD');

/** `value` with every string in it (object values and array items, at any depth) well-formed. */
export const wellFormedDeep = (value: unknown): unknown => {
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) return value.map(wellFormedDeep);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, wellFormedDeep(item)]));
  }
  return value;
};

const WRITE_ACTIONS = new Set(['create', 'update']);

export const wellFormedMiddleware =
  (_strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const params = context.params as { data?: unknown };
    if (WRITE_ACTIONS.has(context.action) && params.data !== undefined) {
      params.data = wellFormedDeep(params.data) as any;
    }
    return next();
  };
