/**
 * What a batch prints: a progress bar on a terminal, one plain line per file otherwise (a log or a
 * CI job reads lines, not redrawn bars), then the summary table.
 */
import { Presets, SingleBar } from 'cli-progress';

import type { Outcome, Reporter, Status, Tally } from './run';

type Output = NodeJS.WritableStream & { isTTY?: boolean };

const LABEL: Record<Status, string> = {
  imported: 'imported',
  updated: 'updated',
  duplicate: 'duplicate',
  failed: 'failed',
};
const LABEL_WIDTH = Math.max(...Object.values(LABEL).map((label) => label.length));

/** `[ 3/12] imported   stories/a.txt  article k2x9…` */
export const plainReporter = (out: Output): Reporter => {
  let total = 0;
  return {
    start(count) {
      total = count;
      out.write(`Importing ${count} file${count === 1 ? '' : 's'}.\n`);
    },
    file(outcome: Outcome, done) {
      const detail = outcome.status === 'failed' ? outcome.reason : `article ${outcome.documentId}`;
      out.write(`[${String(done).padStart(String(total).length)}/${total}] ${LABEL[outcome.status].padEnd(LABEL_WIDTH)}  ${outcome.file}  ${detail}\n`);
    },
    stop() {},
  };
};

export const barReporter = (out: Output): Reporter => {
  const bar = new SingleBar(
    {
      stream: out,
      format: '{bar} {value}/{total} files | {imported} new, {updated} updated, {duplicate} already in, {failed} failed',
      hideCursor: true,
      // A redraw per story would cost more than the story on a fast disk.
      fps: 5,
    },
    Presets.shades_classic
  );
  const counts = (tally?: Tally) => ({
    imported: tally?.imported ?? 0,
    updated: tally?.updated ?? 0,
    duplicate: tally?.duplicate ?? 0,
    failed: tally?.failed ?? 0,
  });
  return {
    start(total) {
      bar.start(total, 0, counts());
    },
    file(_outcome, done, tally) {
      bar.update(done, counts(tally));
    },
    stop() {
      bar.stop();
    },
  };
};

export const reporterFor = (out: Output): Reporter => (out.isTTY ? barReporter(out) : plainReporter(out));

// Long paths are cut from the left: the file name is what an editor looks for.
const FILE_COLUMN_MAX = 60;
const cutLeft = (text: string, max: number) => (text.length <= max ? text : `…${text.slice(text.length - max + 1)}`);

/**
 *   imported    8
 *   updated     1
 *   duplicate   2
 *   failed      1
 *   total      12
 *
 *   failed file        reason
 *   stories/empty.txt  The story text is empty.
 */
export const summaryTable = (tally: Tally): string => {
  const rows: [string, number][] = [
    ['imported', tally.imported],
    ['updated', tally.updated],
    ['duplicate', tally.duplicate],
    ['failed', tally.failed],
    ['total', tally.imported + tally.updated + tally.duplicate + tally.failed],
  ];
  const numberWidth = Math.max(...rows.map(([, n]) => String(n).length));
  const lines = ['', 'Summary', ...rows.map(([label, n]) => `  ${label.padEnd(LABEL_WIDTH + 1)} ${String(n).padStart(numberWidth)}`)];
  if (tally.failures.length > 0) {
    const files = tally.failures.map(({ file }) => cutLeft(file, FILE_COLUMN_MAX));
    const width = Math.max('failed file'.length, ...files.map((file) => file.length));
    lines.push('', `  ${'failed file'.padEnd(width)}  reason`);
    tally.failures.forEach(({ reason }, i) => lines.push(`  ${files[i].padEnd(width)}  ${reason}`));
  }
  return `${lines.join('\n')}\n`;
};
