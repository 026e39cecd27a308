/** The translation queue's query string. Refusals are `ValidationError`s (400) an editor can read. */
import { errors } from '@strapi/utils';

import { integer, required, text, type Query } from './desk';

const { ValidationError } = errors;

const REASONS = ['missing', 'waiting'] as const;

export type TranslationQueueInput = {
  locale: string;
  reason?: (typeof REASONS)[number];
  page: number;
  pageSize: number;
};

export const validateTranslationQueue = (query: Query): TranslationQueueInput => {
  const reason = text(query, 'reason', 16);
  if (reason !== undefined && !(REASONS as readonly string[]).includes(reason)) {
    throw new ValidationError(`"reason" must be one of: ${REASONS.join(', ')}.`, { field: 'reason' });
  }
  return {
    locale: required(query, 'locale', 32),
    reason: reason as TranslationQueueInput['reason'],
    page: integer(query, 'page', 1, 100000),
    pageSize: integer(query, 'pageSize', 20, 100),
  };
};
