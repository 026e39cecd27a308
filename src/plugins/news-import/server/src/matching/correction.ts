/**
 * Is a text an edited version of a story already imported (a correction), or another story?
 *
 * Pure: the caller gives the incoming story and stored candidates (../services/corrections.ts finds
 * them through the title index). Two tests, both needed:
 *
 * 1. The headline: `scoreHeadline` confidence at least `LINK_MIN_CONFIDENCE` (0.85), the score at
 *    which a "read also" headline links a story. A fixed typo or one word added to a 6-word headline
 *    passes (one extra word in 6 scores 0.92); a number changed in a 10-word headline still passes on
 *    confidence (0.9), since an updated toll is the commonest correction: the body decides.
 * 2. The body: newsrooms run many stories under nearly the same headline (`وزير الخارجية يستقبل
 *    نظيره الأردني` every few weeks), so the lead must be the same story too. The distinct content
 *    words (stems, stop words left out, as headlines are indexed) of the first `LEAD_PARAGRAPHS`
 *    paragraphs are compared with the Dice coefficient, 2·shared / (|A| + |B|), and must reach
 *    `CORRECTION_MIN_BODY_SIMILARITY` 0.6. Worked numbers: a 20-word lead with 2 words corrected
 *    and a 6-word clause added keeps 18 shared of 20 and 26 words: 2·18/46 = 0.78, a correction. The
 *    same ministers meeting another week share their names, titles and a few verbs, some 6 of 20
 *    and 22 words: 2·6/42 = 0.29, another story. A text with no body words is never a correction:
 *    there is nothing to tell two stories apart by.
 */
import { matchKey } from '../language/normalize';
import { indexTokens, LINK_MIN_CONFIDENCE, scoreHeadline } from './score';

export const CORRECTION_MIN_BODY_SIMILARITY = 0.6;
export const LEAD_PARAGRAPHS = 3;

/** A story as the decision sees it: its headline's match key and its paragraphs as printed. */
export type StoryText = { titleKey: string; paragraphs: readonly string[] };
export type CorrectionCandidate = StoryText & { documentId: string };

export type CorrectionVerdict = { correction: boolean; headline: number; body: number };

const leadWords = (paragraphs: readonly string[]): Set<string> =>
  new Set(paragraphs.slice(0, LEAD_PARAGRAPHS).flatMap((paragraph) => indexTokens(matchKey(paragraph))));

/** Dice coefficient of the distinct content words of two leads; 0 when either has none. */
export const leadSimilarity = (a: readonly string[], b: readonly string[]): number => {
  const wordsA = leadWords(a);
  const wordsB = leadWords(b);
  if (wordsA.size === 0 || wordsB.size === 0) return 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared += 1;
  return (2 * shared) / (wordsA.size + wordsB.size);
};

export const isCorrectionOf = (incoming: StoryText, stored: StoryText): CorrectionVerdict => {
  const headline = scoreHeadline(incoming.titleKey, stored.titleKey).confidence;
  if (headline < LINK_MIN_CONFIDENCE) return { correction: false, headline, body: 0 };
  const body = leadSimilarity(incoming.paragraphs, stored.paragraphs);
  return { correction: body >= CORRECTION_MIN_BODY_SIMILARITY, headline, body };
};

/** The stored story this text corrects: the closest headline, then the closest lead; or none. */
export const correctionTarget = (
  incoming: StoryText,
  candidates: readonly CorrectionCandidate[]
): { documentId: string; verdict: CorrectionVerdict } | null => {
  let best: { documentId: string; verdict: CorrectionVerdict } | null = null;
  for (const candidate of candidates) {
    const verdict = isCorrectionOf(incoming, candidate);
    if (!verdict.correction) continue;
    const better =
      !best ||
      verdict.headline > best.verdict.headline ||
      (verdict.headline === best.verdict.headline && verdict.body > best.verdict.body);
    if (better) best = { documentId: candidate.documentId, verdict };
  }
  return best;
};
