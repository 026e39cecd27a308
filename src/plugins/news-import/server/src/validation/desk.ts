/**
 * Query strings of the admin pages' reads (review queue, title type-ahead, side panel). Refusals
 * are `ValidationError`s (400) an editor can read.
 */
import { errors } from '@strapi/utils';

const { ValidationError } = errors;

const OPEN = ['suggested', 'unresolved'] as const;

export type QueueInput = { status?: (typeof OPEN)[number]; locale?: string; page: number; pageSize: number };
export type TitlesInput = { locale: string; q: string; exclude?: string; limit: number };
export type PanelInput = { documentId: string; locale: string };

export type Query = Record<string, unknown>;

export const text = (query: Query, field: string, max: number): string | undefined => {
  const value = query[field];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > max) {
    throw new ValidationError(`"${field}" must be text of at most ${max} characters.`, { field });
  }
  return value;
};

export const required = (query: Query, field: string, max: number): string => {
  const value = text(query, field, max);
  if (value === undefined) throw new ValidationError(`"${field}" is missing.`, { field });
  return value;
};

export const integer = (query: Query, field: string, fallback: number, max: number): number => {
  const value = text(query, field, 10);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new ValidationError(`"${field}" must be a whole number from 1 to ${max}.`, { field });
  }
  return n;
};

export const validateQueue = (query: Query): QueueInput => {
  const status = text(query, 'status', 16);
  if (status !== undefined && !(OPEN as readonly string[]).includes(status)) {
    throw new ValidationError(`"status" must be one of: ${OPEN.join(', ')}.`, { field: 'status' });
  }
  return {
    status: status as QueueInput['status'],
    locale: text(query, 'locale', 32),
    page: integer(query, 'page', 1, 100000),
    pageSize: integer(query, 'pageSize', 20, 100),
  };
};

export const validateTitles = (query: Query): TitlesInput => ({
  locale: required(query, 'locale', 32),
  q: required(query, 'q', 255).trim(),
  exclude: text(query, 'exclude', 255),
  limit: integer(query, 'limit', 10, 50),
});

export const validatePanel = (documentId: unknown, query: Query): PanelInput => ({
  documentId: required({ documentId }, 'documentId', 255),
  locale: required(query, 'locale', 32),
});
