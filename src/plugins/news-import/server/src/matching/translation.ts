/**
 * Translators: what a related link becomes in a new locale version of its story, and when a
 * translated link that waits for its target is resolved.
 *
 * Pure: the caller reads the source link (the story's version in its source locale, `ar` by
 * default), knows which target documents already have a version in the new locale, and writes.
 * The rule never looks at headline words: a headline waiting for its translation is still in the
 * source language, so matching it against translated titles would prove nothing. The decision made
 * in the source locale (which document the headline names) is what crosses over.
 */
import type { LinkStatus } from '../language/types';

export type SourceLink = { status: LinkStatus; confidence: number; targetDocumentId: string | null };

export type CarriedLink = {
  status: LinkStatus;
  confidence: number;
  targetDocumentId: string | null;
  /** The target document whose translation this link waits for, if any. */
  waitsFor: string | null;
};

const POINTING: ReadonlySet<LinkStatus> = new Set(['linked', 'suggested']);

/** The source link points at a document (a confirmed or a suggested target). */
export const pointsAt = (link: SourceLink): string | null =>
  POINTING.has(link.status) && link.targetDocumentId ? link.targetDocumentId : null;

/**
 * The new locale's version of a link: the same target, status and confidence when the target is
 * translated; otherwise `unresolved`, waiting for that translation. An editor's rejection holds in
 * every locale; a link that named nothing names nothing.
 */
export const carryLink = (link: SourceLink, translated: ReadonlySet<string>): CarriedLink => {
  if (link.status === 'rejected') {
    return { status: 'rejected', confidence: link.confidence, targetDocumentId: null, waitsFor: null };
  }
  const target = pointsAt(link);
  if (!target) return { status: 'unresolved', confidence: 0, targetDocumentId: null, waitsFor: null };
  if (translated.has(target)) {
    return { status: link.status, confidence: link.confidence, targetDocumentId: target, waitsFor: null };
  }
  return { status: 'unresolved', confidence: 0, targetDocumentId: null, waitsFor: target };
};

export type TranslatedLink = { status: LinkStatus; targetDocumentId: string | null };

/**
 * A translated link waits for `target` while it is `unresolved` with no target of its own and
 * its source link still points at `target`. An editor who linked, suggested or rejected it in
 * the new locale has decided; it no longer waits.
 */
export const waitsFor = (translation: TranslatedLink, source: SourceLink): string | null =>
  translation.status === 'unresolved' && !translation.targetDocumentId ? pointsAt(source) : null;

/** Gazetteer entries: one person, a `key`, and the same person in each locale. */
export type GazetteerEntries = { key: string; [locale: string]: unknown }[];

type LocaleEntry = { name?: unknown; aliases?: unknown };

const namesOf = (entry: LocaleEntry | undefined): string[] =>
  !entry
    ? []
    : [entry.name, ...(Array.isArray(entry.aliases) ? entry.aliases : [])].filter(
        (name): name is string => typeof name === 'string' && name.length > 0
      );

/**
 * Names in `source` (the entry's name and aliases) -> the same person's name in `locale`, through
 * the gazetteer key. For officials whose two locales were created as separate documents.
 */
export const namesAcross = (entries: GazetteerEntries, source: string, locale: string): Map<string, string> => {
  const across = new Map<string, string>();
  for (const entry of entries) {
    const target = (entry[locale] as LocaleEntry | undefined)?.name;
    if (typeof target !== 'string' || !target) continue;
    for (const name of namesOf(entry[source] as LocaleEntry | undefined)) if (!across.has(name)) across.set(name, target);
  }
  return across;
};
