/**
 * Filter values that the database cannot compare are a client's mistake, not a server error.
 *
 * Strapi checks filter keys but passes values through: `filters[confidence][$gt]=abc` or
 * `filters[position][$eq]=1e400` reach PostgreSQL as `'abc'::numeric` and fail as a 500 with SQL
 * in the log; `filters[$or][x]=1` (an object where a list belongs) throws inside the query builder.
 * This walks a content-API filter against the model and refuses such values with a 400 that names
 * the field.
 */
import { errors } from '@strapi/utils';

import { isPlainObject, type ModelLookup } from './query-guard';

const { ValidationError } = errors;

const LOGICAL_LISTS = new Set(['$and', '$or']);
const LIST_OPERATORS = new Set(['$in', '$notIn', '$between']);
const FLAG_OPERATORS = new Set(['$null', '$notNull']);
const INTEGER_TYPES = new Set(['integer', 'biginteger']);
const NUMBER_TYPES = new Set(['integer', 'biginteger', 'float', 'decimal']);
const DATE_TYPES = new Set(['date', 'datetime', 'timestamp']);
const FLAGS = new Set(['true', 'false', '1', '0', 't', 'f']);

const isNumber = (value: unknown, integer: boolean): boolean => {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return integer ? Number.isSafeInteger(number) : Number.isFinite(number);
};

const fits = (type: string, value: unknown): boolean => {
  if (value === null) return true;
  if (NUMBER_TYPES.has(type)) return isNumber(value, INTEGER_TYPES.has(type));
  if (type === 'boolean') return typeof value === 'boolean' || FLAGS.has(String(value).toLowerCase());
  if (DATE_TYPES.has(type)) return typeof value === 'string' && !Number.isNaN(Date.parse(value));
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
};

const refuse = (field: string, message: string): never => {
  throw new ValidationError(`Filter on "${field}": ${message}`, { filter: field });
};

export const createFilterValueCheck = (lookup: ModelLookup) => {
  const checkValue = (field: string, type: string, operator: string, value: unknown) => {
    if (FLAG_OPERATORS.has(operator)) {
      if (!fits('boolean', value)) refuse(field, `${operator} takes true or false.`);
      return;
    }
    const values = LIST_OPERATORS.has(operator) ? (Array.isArray(value) ? value : [value]) : [value];
    for (const item of values) {
      if (!fits(type, item)) {
        refuse(field, `${JSON.stringify(item)} is not a valid ${NUMBER_TYPES.has(type) ? 'number' : type} value.`);
      }
    }
  };

  const checkAttribute = (field: string, type: string, condition: unknown) => {
    if (!isPlainObject(condition)) {
      checkValue(field, type, '$eq', condition);
      return;
    }
    for (const [operator, value] of Object.entries(condition)) {
      if (operator === '$not') checkAttribute(field, type, value);
      else checkValue(field, type, operator, value);
    }
  };

  const check = (uid: string, filters: unknown, path = ''): void => {
    if (filters === undefined || filters === null) return;
    if (!isPlainObject(filters)) refuse(path || 'filters', 'expected a set of conditions.');
    const model = lookup(uid);
    for (const [key, value] of Object.entries(filters as Record<string, unknown>)) {
      const field = path ? `${path}.${key}` : key;
      if (LOGICAL_LISTS.has(key)) {
        if (!Array.isArray(value)) refuse(field, `${key} takes a list of conditions.`);
        for (const item of value as unknown[]) check(uid, item, path);
        continue;
      }
      if (key === '$not') {
        check(uid, value, path);
        continue;
      }
      if (key === 'id') {
        checkAttribute(field, 'integer', value);
        continue;
      }
      const attribute = model?.attributes[key];
      if (!attribute) continue; // Strapi's own validation refuses unknown keys
      if (attribute.type === 'relation' && attribute.target) {
        if (isPlainObject(value)) check(attribute.target, value, field);
        else checkAttribute(`${field}.id`, 'integer', value);
        continue;
      }
      checkAttribute(field, attribute.type, value);
    }
  };

  /** The filters of a query and of everything it populates. */
  const checkQuery = (uid: string, params: Record<string, any>): void => {
    check(uid, params.filters);
    if (!isPlainObject(params.populate)) return;
    for (const [key, nested] of Object.entries(params.populate)) {
      const attribute = lookup(uid)?.attributes[key];
      if (attribute?.type === 'relation' && attribute.target && isPlainObject(nested)) {
        checkQuery(attribute.target, nested);
      }
    }
  };

  return checkQuery;
};
