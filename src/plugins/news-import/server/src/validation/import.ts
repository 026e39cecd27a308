/**
 * Request bodies of the import routes, checked before anything runs. Every refusal is a
 * `ValidationError` (400) whose message tells an editor what to change; nothing here throws
 * anything else for client input.
 */
import { errors } from '@strapi/utils';

import { validateDecisions, type ImportDecisions } from './review';

const { ValidationError } = errors;

// Strapi stores `string` attributes in VARCHAR(255) columns.
export const MAX_STRING_LENGTH = 255;

export type PreviewInput = { text: string; locale?: string };
/**
 * `byline`, `dateline`, `sourceName`: an editor's correction of what the text says. Absent (or
 * empty) keeps what the parser found (the dateline's agency for `sourceName`); `null` stores none.
 */
export type ImportInput = PreviewInput & {
  publish: boolean;
  sourceName?: string | null;
  byline?: string | null;
  dateline?: string | null;
  sourceUrl?: string;
  decisions?: ImportDecisions;
};
export type RelinkInput = { documentId?: string; locale?: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const bodyOf = (body: unknown): Record<string, unknown> => {
  if (!isObject(body)) {
    throw new ValidationError('Send a JSON object, for example { "text": "…the story…" }.');
  }
  return body;
};

// A lone UTF-16 surrogate cannot be encoded; it becomes U+FFFD, as SQLite would store it anyway,
// so the text, its hash and its match keys are the same on every database.
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

// PostgreSQL cannot store U+0000 in text; a NUL in pasted copy is always an accident.
const refuseNul = (value: string, field: string) => {
  if (value.includes('\u0000')) {
    throw new ValidationError(`"${field}" contains a NUL character (\\u0000), which cannot be stored. Remove it.`, {
      field,
    });
  }
};

const optionalString = (body: Record<string, unknown>, field: string, max = MAX_STRING_LENGTH) => {
  const value = body[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new ValidationError(`"${field}" must be text.`, { field });
  }
  refuseNul(value, field);
  if (value.length > max) {
    throw new ValidationError(`"${field}" is ${value.length} characters long; at most ${max} are allowed.`, {
      field,
    });
  }
  return wellFormed(value.trim());
};

const overrideString = (body: Record<string, unknown>, field: string) =>
  body[field] === null ? null : optionalString(body, field);

const textOf = (body: Record<string, unknown>, maxTextLength: number): string => {
  const text = body.text;
  if (text === undefined || text === null) {
    throw new ValidationError('The story text is missing: send it as "text".', { field: 'text' });
  }
  if (typeof text !== 'string') {
    throw new ValidationError('"text" must be the story as plain text.', { field: 'text' });
  }
  if (text.trim() === '') {
    throw new ValidationError('The story text is empty.', { field: 'text' });
  }
  if (text.length > maxTextLength) {
    throw new ValidationError(
      `The story text is ${text.length} characters long; the limit is ${maxTextLength}. Split it or shorten it.`,
      { field: 'text', length: text.length, limit: maxTextLength }
    );
  }
  refuseNul(text, 'text');
  return wellFormed(text);
};

export const validatePreview = (body: unknown, maxTextLength: number): PreviewInput => {
  const input = bodyOf(body);
  return { text: textOf(input, maxTextLength), locale: optionalString(input, 'locale', 32) };
};

export const validateImport = (body: unknown, maxTextLength: number): ImportInput => {
  const input = bodyOf(body);
  const publish = input.publish ?? false;
  if (typeof publish !== 'boolean') {
    throw new ValidationError('"publish" must be true or false.', { field: 'publish' });
  }
  const sourceUrl = optionalString(input, 'sourceUrl');
  if (sourceUrl !== undefined && !/^https?:\/\/\S+$/i.test(sourceUrl)) {
    throw new ValidationError('"sourceUrl" must be a web address starting with http:// or https://.', {
      field: 'sourceUrl',
    });
  }
  return {
    text: textOf(input, maxTextLength),
    locale: optionalString(input, 'locale', 32),
    publish,
    sourceName: overrideString(input, 'sourceName'),
    byline: overrideString(input, 'byline'),
    dateline: overrideString(input, 'dateline'),
    sourceUrl,
    decisions: input.decisions === undefined ? undefined : validateDecisions(input.decisions),
  };
};

export const validateRelink = (body: unknown): RelinkInput => {
  const input = body === undefined || body === null ? {} : bodyOf(body);
  return {
    documentId: optionalString(input, 'documentId'),
    locale: optionalString(input, 'locale', 32),
  };
};
