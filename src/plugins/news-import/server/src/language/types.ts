/**
 * The data that flows through the language pipeline:
 * `normalize -> segment -> classify lines -> extract (title, paragraphs, related list, officials) -> match`.
 * Every step is a pure function over these shapes; none of them knows about Strapi or a database.
 */
/** Why a line is where it is in the parsed story. */
export type LineKind = 'title' | 'paragraph' | 'marker' | 'headline' | 'byline' | 'debris';

/** What a line of web-page debris is (see `debris.ts`). */
export type DebrisKind =
  | 'date'
  | 'share'
  | 'back-to-top'
  | 'copyright'
  | 'credit'
  | 'source'
  | 'breadcrumb'
  | 'caption'
  | 'widget';

/** A line of the story with its role, as `classifyLines` gives it. */
export type ClassifiedLine = {
  kind: LineKind;
  /** As printed; for a headline, without its bullet or number. */
  text: string;
  /** Which marker (0-based, in source order) a marker or headline line belongs to. */
  list: number | null;
  /** For a `debris` line: what it is. */
  debris?: DebrisKind;
};

/** Web-page debris removed from the body (see `debris.ts`). */
export type RemovedLine = { kind: DebrisKind; text: string };

export type ParsedStory = {
  /** The first non-empty line, as printed (trimmed). `null` when the text has no words at all. */
  title: string | null;
  /** Body paragraphs in source order: every non-empty line that is neither the title, a marker nor a headline. */
  paragraphs: string[];
  /** The "read also" list: headlines as printed (bullets and numbering stripped), duplicates removed. */
  related: RelatedHeadline[];
  /** The author(s) a byline line named (`كتب: …`, `By …`), as printed; `null` without one. */
  byline: string | null;
  /** The place of an agency dateline that opened the first paragraph (`القاهرة`, `CAIRO`). */
  dateline: string | null;
  /** The agency of that dateline, or of a closing `المصدر: …` line (see `agencies.ts`). */
  agency: string | null;
  /** Lines dropped as web-page debris, in source order (the raw text keeps them). */
  removed: RemovedLine[];
  /** Things an editor should know about the parse (in English, short, stable codes first). */
  warnings: ParseWarning[];
};

export type RelatedHeadline = {
  /** The headline as the source printed it, minus list bullets or numbering. */
  headline: string;
  /** 1-based position in the list after duplicates were removed. */
  position: number;
  /** `matchKey` of the headline without its desk tags (`بالفيديو..`, ` - اليوم السابع`; see `desk-tags.ts`). */
  matchKey: string;
};

export type ParseWarning = {
  code:
    | 'duplicate-headline'
    | 'empty-related-list'
    | 'no-paragraphs'
    | 'title-too-long'
    | 'several-related-lists'
    | 'too-many-related-headlines'
    | 'removed-debris'
    | 'unknown-agency';
  message: string;
};

/** One person the officials gazetteer knows, in one locale. */
export type KnownOfficial = {
  documentId: string;
  name: string;
  role: string | null;
  honorific: string | null;
  aliases: string[];
};

/** An official found in a story: known (from the gazetteer) or proposed from a title in the text. */
export type OfficialMention = {
  name: string;
  role: string | null;
  honorific: string | null;
  /** The gazetteer document, or `null` for a person proposed from the text. */
  documentId: string | null;
  known: boolean;
  mentions: number;
};

export type LinkStatus = 'linked' | 'suggested' | 'unresolved' | 'rejected';

/** How close a headline is to an article title, and what that means for the link. */
export type HeadlineScore = {
  /** 0..1, two decimals (rounded down). 1 means equal match keys. */
  confidence: number;
  status: Exclude<LinkStatus, 'rejected'>;
};
