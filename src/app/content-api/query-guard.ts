/**
 * Rewrites a read query so that it can only see published content, for callers without draft
 * rights. Forcing `status: 'published'` on the queried type is not enough: a filter, a sort or a
 * populate that goes through a relation joins the related type's rows, drafts included, and a
 * filter answered "1" or "0" is an oracle for a draft's text. So every relation into a type with
 * draft & publish gets `publishedAt IS NOT NULL` next to the caller's own conditions, sorting by a
 * related article's field is refused, and a negated relation filter is refused (under `$not`,
 * a draft row would make the condition true, which tells that the draft exists).
 *
 * It works on the model definitions only (no database), in the two spellings of filters Strapi
 * uses: the Document Service's (`$and`, `$notNull`) and GraphQL's (`and`, `notNull`).
 */
import { errors } from '@strapi/utils';

const { ValidationError } = errors;

export type ModelInfo = {
  draftAndPublish: boolean;
  attributes: Record<string, { type: string; target?: string }>;
};
export type ModelLookup = (uid: string) => ModelInfo | undefined;

export type FilterSyntax = { and: string; or: string; not: string; notNull: string };
export const DOCUMENT_SYNTAX: FilterSyntax = { and: '$and', or: '$or', not: '$not', notNull: '$notNull' };
export const GRAPHQL_SYNTAX: FilterSyntax = { and: 'and', or: 'or', not: 'not', notNull: 'notNull' };

type Params = Record<string, any>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const createQueryGuard = (lookup: ModelLookup, follows: Record<string, string> = {}) => {
  const relationTarget = (uid: string, key: string): string | null => {
    const attribute = lookup(uid)?.attributes[key];
    return attribute?.type === 'relation' && attribute.target ? attribute.target : null;
  };
  const hasDrafts = (uid: string) => lookup(uid)?.draftAndPublish === true;

  const guardFilters = (uid: string, filters: unknown, syntax: FilterSyntax, negated = false): unknown => {
    if (Array.isArray(filters)) return filters.map((item) => guardFilters(uid, item, syntax, negated));
    if (!isPlainObject(filters)) return filters;
    const guarded: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(filters)) {
      if (key === syntax.and || key === syntax.or) {
        guarded[key] = guardFilters(uid, value, syntax, negated);
        continue;
      }
      if (key === syntax.not) {
        guarded[key] = guardFilters(uid, value, syntax, true);
        continue;
      }
      const target = relationTarget(uid, key);
      if (!target) {
        guarded[key] = value;
        continue;
      }
      // `{ articles: 5 }` is Strapi's short form of `{ articles: { id: 5 } }`.
      const inner = guardFilters(target, isPlainObject(value) ? value : { id: value }, syntax, negated);
      if (!hasDrafts(target)) {
        guarded[key] = inner;
        continue;
      }
      if (negated) {
        throw new ValidationError(
          `Filtering with "not" through "${key}" is not available without draft access; filter on the published content directly.`,
          { filter: key }
        );
      }
      guarded[key] = { [syntax.and]: [inner, { publishedAt: { [syntax.notNull]: true } }] };
    }
    return guarded;
  };

  /** Attribute paths a sort names: `'target.title:asc'`, `['a:desc']`, `{ target: { title: 'asc' } }`. */
  const sortPaths = (sort: unknown): string[][] => {
    if (typeof sort === 'string') {
      return sort
        .split(',')
        .map((part) => part.trim().split(':')[0])
        .filter(Boolean)
        .map((path) => path.split('.'));
    }
    if (Array.isArray(sort)) return sort.flatMap(sortPaths);
    if (isPlainObject(sort)) {
      return Object.entries(sort).flatMap(([key, value]) =>
        isPlainObject(value) || Array.isArray(value) ? sortPaths(value).map((path) => [key, ...path]) : [[key]]
      );
    }
    return [];
  };

  const assertSortable = (uid: string, sort: unknown) => {
    for (const path of sortPaths(sort)) {
      let current = uid;
      for (const [i, key] of path.entries()) {
        const target = relationTarget(current, key);
        if (!target) break;
        if (hasDrafts(target) && i < path.length - 1) {
          throw new ValidationError(
            `Sorting by "${path.join('.')}" is not available without draft access: sort by a field of the listed content.`,
            { sort: path.join('.') }
          );
        }
        current = target;
      }
    }
  };

  const guardPopulate = (uid: string, populate: unknown): unknown => {
    if (!isPlainObject(populate)) return populate; // '*', a list of names, true: no conditions inside
    const guarded: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(populate)) {
      const target = relationTarget(uid, key);
      guarded[key] = target && isPlainObject(value) ? guardNested(target, value) : value;
    }
    return guarded;
  };

  /** The conditions a caller may put on a relation it populates or resolves. */
  const guardNested = (uid: string, params: Params, syntax: FilterSyntax = DOCUMENT_SYNTAX): Params => {
    const guarded = { ...params };
    if (params.filters !== undefined) guarded.filters = guardFilters(uid, params.filters, syntax);
    if (params.sort !== undefined) assertSortable(uid, params.sort);
    if (params.populate !== undefined) guarded.populate = guardPopulate(uid, params.populate);
    return guarded;
  };

  return {
    guardFilters,
    guardNested,

    /** A Document Service read by a caller without draft rights. */
    guardRead(uid: string, params: Params): Params {
      const guarded = guardNested(uid, params);
      guarded.status = 'published';
      // A type without draft & publish whose rows belong to a document that has (a related link
      // belongs to its article) is visible only while that document is published.
      const owner = follows[uid];
      if (owner) {
        const published = guardFilters(uid, { [owner]: {} }, DOCUMENT_SYNTAX);
        guarded.filters = guarded.filters === undefined ? published : { $and: [guarded.filters, published] };
      }
      return guarded;
    },
  };
};

export type QueryGuard = ReturnType<typeof createQueryGuard>;
