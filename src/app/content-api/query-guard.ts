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
  attributes: Record<string, { type: string; target?: string; private?: boolean }>;
};
export type ModelLookup = (uid: string) => ModelInfo | undefined;

export type FilterSyntax = { and: string; or: string; not: string; notNull: string };
export const DOCUMENT_SYNTAX: FilterSyntax = { and: '$and', or: '$or', not: '$not', notNull: '$notNull' };
export const GRAPHQL_SYNTAX: FilterSyntax = { and: 'and', or: 'or', not: 'not', notNull: 'notNull' };

type Params = Record<string, any>;

// What `populate: '*'` loads: every relation, component, media and dynamic zone, one level deep.
const POPULATED_TYPES = new Set(['relation', 'component', 'media', 'dynamiczone']);

const toList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const createQueryGuard = (lookup: ModelLookup, follows: Record<string, string> = {}) => {
  const relationTarget = (uid: string, key: string): string | null => {
    const attribute = lookup(uid)?.attributes[key];
    return attribute?.type === 'relation' && attribute.target ? attribute.target : null;
  };
  const hasDrafts = (uid: string) => lookup(uid)?.draftAndPublish === true;

  const withPublishedOwner = (uid: string, owner: string, filters: unknown, syntax = DOCUMENT_SYNTAX) => {
    const published = guardFilters(uid, { [owner]: {} }, syntax);
    return filters === undefined ? published : { [syntax.and]: [filters, published] };
  };

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

  /** Populate in its object form: `'*'`, `['a', 'b.c']`, `'a,b'` become `{ a: true, b: { populate: { c: true } } }`. */
  const populateObject = (uid: string, populate: unknown): Record<string, unknown> | null => {
    if (isPlainObject(populate)) return populate;
    if (populate === '*' || populate === true) {
      const attributes = Object.entries(lookup(uid)?.attributes ?? {});
      return Object.fromEntries(
        attributes
          .filter(([, a]) => POPULATED_TYPES.has(a.type) && !a.private && !a.target?.startsWith('admin::'))
          .map(([name]) => [name, true])
      );
    }
    const paths = typeof populate === 'string' ? populate.split(',') : Array.isArray(populate) ? populate : null;
    if (!paths) return null;
    const object: Record<string, any> = {};
    for (const path of paths.map((p) => String(p).trim()).filter(Boolean)) {
      const [head, ...rest] = path.split('.');
      if (rest.length === 0) object[head] ??= true;
      else {
        const nested = isPlainObject(object[head]) ? object[head] : {};
        object[head] = { ...nested, populate: [...toList(nested.populate), rest.join('.')] };
      }
    }
    return object;
  };

  const guardPopulate = (uid: string, populate: unknown): unknown => {
    const object = populateObject(uid, populate);
    if (!object) return populate;
    const guarded: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(object)) {
      const target = relationTarget(uid, key);
      if (!target) {
        guarded[key] = value;
        continue;
      }
      const nested = guardNested(target, isPlainObject(value) ? value : {});
      // A related link reached through a relation (an article's backlinks) follows its owner's
      // publication, like a related link read directly.
      const owner = follows[target];
      if (owner) nested.filters = withPublishedOwner(target, owner, nested.filters);
      guarded[key] = value === false ? false : nested;
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
    /** For a GraphQL relation field into a type that follows its owner's publication. */
    followsOwner: (uid: string, filters: unknown): unknown => {
      const owner = follows[uid];
      return owner ? withPublishedOwner(uid, owner, filters, GRAPHQL_SYNTAX) : filters;
    },

    /** A Document Service read by a caller without draft rights. */
    guardRead(uid: string, params: Params): Params {
      const guarded = guardNested(uid, params);
      guarded.status = 'published';
      // A type without draft & publish whose rows belong to a document that has (a related link
      // belongs to its article) is visible only while that document is published.
      const owner = follows[uid];
      if (owner) guarded.filters = withPublishedOwner(uid, owner, guarded.filters);
      return guarded;
    },
  };
};

export type QueryGuard = ReturnType<typeof createQueryGuard>;
