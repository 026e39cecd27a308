/**
 * Bodies of the review operations (accept, reject) and of the import's `decisions`. Every refusal
 * is a `ValidationError` (400) an editor can act on.
 */
import { errors } from '@strapi/utils';

const { ValidationError } = errors;

export type AcceptInput = { documentId: string; target?: string; locale?: string };
export type RejectInput = { documentId: string; locale?: string };
export type ImportDecisions = {
  links: { position: number; target?: string; reject?: true }[];
  skipOfficials: string[];
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const objectOf = (value: unknown, what: string): Record<string, unknown> => {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw new ValidationError(`${what} must be a JSON object.`);
  return value;
};

// Strapi document ids are short strings of letters and digits.
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,255}$/;

const documentIdOf = (value: unknown, field: string, required: boolean): string | undefined => {
  if (value === undefined || value === null || value === '') {
    if (required) throw new ValidationError(`"${field}" is missing: give the document id.`, { field });
    return undefined;
  }
  if (typeof value !== 'string' || !DOCUMENT_ID.test(value)) {
    throw new ValidationError(`"${field}" must be a document id (letters and digits).`, { field });
  }
  return value;
};

const localeOf = (value: unknown): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || value.length > 32) {
    throw new ValidationError('"locale" must be a locale code such as "ar".', { field: 'locale' });
  }
  return value;
};

export const validateAccept = (documentId: unknown, body: unknown, locale?: unknown): AcceptInput => {
  const input = objectOf(body, 'The request body');
  return {
    documentId: documentIdOf(documentId, 'documentId', true)!,
    target: documentIdOf(input.target, 'target', false),
    locale: localeOf(input.locale ?? locale),
  };
};

export const validateReject = (documentId: unknown, body: unknown, locale?: unknown): RejectInput => {
  const input = objectOf(body, 'The request body');
  return { documentId: documentIdOf(documentId, 'documentId', true)!, locale: localeOf(input.locale ?? locale) };
};

export const validateDecisions = (value: unknown): ImportDecisions => {
  const input = objectOf(value, '"decisions"');
  const links = input.links ?? [];
  if (!Array.isArray(links)) {
    throw new ValidationError('"decisions.links" must be a list of { position, target } or { position, reject }.');
  }
  const seen = new Set<number>();
  const decided = links.map((entry, i) => {
    const field = `decisions.links[${i}]`;
    if (!isObject(entry)) throw new ValidationError(`"${field}" must be an object.`, { field });
    const { position } = entry;
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 1) {
      throw new ValidationError(`"${field}.position" must be the link's position (1, 2, …).`, { field });
    }
    if (seen.has(position)) {
      throw new ValidationError(`Two decisions for the related link at position ${position}; keep one.`, { field });
    }
    seen.add(position);
    const target = documentIdOf(entry.target, `${field}.target`, false);
    const reject = entry.reject ?? false;
    if (typeof reject !== 'boolean') throw new ValidationError(`"${field}.reject" must be true or false.`, { field });
    if (reject && target) {
      throw new ValidationError(`The related link at position ${position} cannot be both rejected and given a target.`, {
        field,
      });
    }
    if (!reject && !target) {
      throw new ValidationError(`The decision for position ${position} needs a "target" or "reject": true.`, { field });
    }
    return reject ? { position, reject: true as const } : { position, target };
  });

  const skip = input.skipOfficials ?? [];
  if (!Array.isArray(skip) || skip.some((name) => typeof name !== 'string' || name.length > 255)) {
    throw new ValidationError('"decisions.skipOfficials" must be a list of official names.', {
      field: 'decisions.skipOfficials',
    });
  }
  return { links: decided, skipOfficials: skip as string[] };
};
