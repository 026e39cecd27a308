/**
 * The fields a pasted story carries besides its text: `byline`, `dateline`, `agency`, and the
 * debris that was dropped. Runs on classified lines (see `classifyLines`), after the body is known:
 * the dateline is read off the first paragraph, which keeps the rest of its text.
 */
import { agencyName } from './agencies';
import { bylineOf } from './byline';
import { extractDateline } from './dateline';
import { sourceOf } from './debris';
import type { ClassifiedLine, DebrisKind, ParseWarning, RemovedLine } from './types';

export type StoryFields = {
  paragraphs: string[];
  byline: string | null;
  dateline: string | null;
  agency: string | null;
  removed: RemovedLine[];
  warnings: ParseWarning[];
};

const LABELS: Record<DebrisKind, string> = {
  date: 'date line',
  share: 'share or comment prompt',
  'back-to-top': '"back to top" button',
  copyright: 'copyright line',
  credit: 'credit line',
  source: 'source line',
  breadcrumb: 'breadcrumb',
  caption: 'image caption pasted twice',
  widget: '"most read" block',
};

const EXAMPLE_LENGTH = 40;
const example = (text: string): string =>
  `"${text.length > EXAMPLE_LENGTH ? `${text.slice(0, EXAMPLE_LENGTH)}…` : text}"`;

/** One warning for all the debris, grouped by kind in order of appearance, with a first example each. */
const debrisWarning = (removed: readonly RemovedLine[]): ParseWarning => {
  const byKind = new Map<DebrisKind, RemovedLine[]>();
  for (const line of removed) {
    const group = byKind.get(line.kind);
    if (group) group.push(line);
    else byKind.set(line.kind, [line]);
  }
  const parts = [...byKind].map(([kind, lines]) => {
    const count = lines.length > 1 ? ` (${lines.length} lines)` : '';
    return `${LABELS[kind]}${count} ${example(lines[0].text)}`;
  });
  const lines = removed.length === 1 ? 'line' : 'lines';
  return {
    code: 'removed-debris',
    message: `Removed ${removed.length} ${lines} of web-page debris from the body: ${parts.join('; ')}. The raw text keeps them.`,
  };
};

export const extractFields = (lines: readonly ClassifiedLine[]): StoryFields => {
  const paragraphs = lines.filter((line) => line.kind === 'paragraph').map((line) => line.text);
  const bylineLine = lines.find((line) => line.kind === 'byline');
  const removed = lines.flatMap((line): RemovedLine[] =>
    line.kind === 'debris' && line.debris ? [{ kind: line.debris, text: line.text }] : []
  );
  const warnings: ParseWarning[] = removed.length > 0 ? [debrisWarning(removed)] : [];

  let dateline: string | null = null;
  let agency: string | null = null;
  const found = paragraphs.length > 0 ? extractDateline(paragraphs[0]) : null;
  if (found) {
    paragraphs[0] = found.rest;
    dateline = found.place;
    agency = found.agency;
    if (!found.agencyKnown) {
      warnings.push({
        code: 'unknown-agency',
        message: `The dateline names an agency that is not in the agency list: "${found.agency}". Check the source name.`,
      });
    }
  }
  // A closing `المصدر: …` line names the agency when no dateline did.
  const source = removed.find((line) => line.kind === 'source');
  if (agency === null && source) agency = agencyName(sourceOf(source.text) ?? '').name || null;

  return {
    paragraphs,
    byline: bylineLine ? bylineOf(bylineLine.text) : null,
    dateline,
    agency,
    removed,
    warnings,
  };
};
