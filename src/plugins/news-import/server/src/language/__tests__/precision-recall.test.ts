/**
 * Precision and recall of the dateline, byline and debris steps on the labelled set (`labelled/`),
 * printed as a table. Reported, not asserted against a target: the test only checks that the
 * measure ran over the whole set and that each count adds up.
 */
import { parseStory } from '../parse';
import { LABELLED } from './labelled/texts';

type Counts = { tp: number; fp: number; fn: number };
const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Compares expected and found multisets of strings ("found" is what the parser said). */
const tally = (counts: Counts, expected: string[], found: string[]) => {
  const left = [...expected];
  for (const item of found) {
    const i = left.indexOf(item);
    if (i >= 0) {
      counts.tp += 1;
      left.splice(i, 1);
    } else counts.fp += 1;
  }
  counts.fn += left.length;
};
const some = (value: string | null): string[] => (value === null ? [] : [value]);
const ratio = (a: number, b: number): string => (b === 0 ? '  n/a' : (a / b).toFixed(2).padStart(5));

describe('precision and recall on the labelled set', () => {
  const steps = { dateline: empty(), agency: empty(), byline: empty(), debris: empty() };
  for (const labelled of LABELLED) {
    const parsed = parseStory(labelled.text);
    tally(steps.dateline, some(labelled.dateline), some(parsed.dateline));
    tally(steps.agency, some(labelled.agency), some(parsed.agency));
    tally(steps.byline, some(labelled.byline), some(parsed.byline));
    tally(steps.debris, labelled.debris, parsed.removed.map((line) => line.text));
  }

  it(`measures ${LABELLED.length} labelled texts and prints the table`, () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(30);
    const rows = Object.entries(steps).map(
      ([step, { tp, fp, fn }]) =>
        `${step.padEnd(9)} ${String(tp).padStart(3)} ${String(fp).padStart(3)} ${String(fn).padStart(3)}  ${ratio(tp, tp + fp)}  ${ratio(tp, tp + fn)}`
    );
    // eslint-disable-next-line no-console
    console.log(
      [`Labelled set: ${LABELLED.length} texts`, 'step       tp  fp  fn  precision recall', ...rows].join('\n')
    );
    for (const counts of Object.values(steps)) expect(counts.tp + counts.fn).toBeGreaterThan(0);
  });
});
