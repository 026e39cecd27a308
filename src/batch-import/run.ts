/**
 * The batch loop: read one file, import it, report it, forget it. Nothing about Strapi here: the
 * import is a function given by the caller, so the loop is tested without a database.
 *
 * A failed file never stops the batch: its reason is kept for the summary and the next file goes
 * on. Only the counts and the failures are kept, so memory does not grow with the batch.
 */
import fs from 'node:fs';

export type ImportedStatus = 'imported' | 'updated' | 'duplicate';
export type Status = ImportedStatus | 'failed';

export type Outcome =
  | { file: string; status: ImportedStatus; documentId: string }
  | { file: string; status: 'failed'; reason: string };

export type ImportText = (text: string) => Promise<{ status: ImportedStatus; documentId: string }>;

export type Tally = Record<Status, number> & { failures: { file: string; reason: string }[] };

export interface Reporter {
  start(total: number): void;
  /** One file is done; `done` files of the total so far. */
  file(outcome: Outcome, done: number, tally: Tally): void;
  stop(): void;
}

export type BatchRun = {
  files: AsyncIterable<string>;
  total: number;
  importText: ImportText;
  /** Larger files are refused unread: they cannot fit the story text limit. */
  maxFileBytes: number;
  reporter: Reporter;
};

export const emptyTally = (): Tally => ({ imported: 0, updated: 0, duplicate: 0, failed: 0, failures: [] });

const readReason = (error: NodeJS.ErrnoException): string => {
  if (error.code === 'ENOENT') return 'No such file.';
  if (error.code === 'EISDIR') return 'This is a folder, not a story file.';
  if (error.code === 'EACCES') return 'The file cannot be read (permission denied).';
  return `The file cannot be read: ${error.message}`;
};

const importFile = async (file: string, run: BatchRun): Promise<Outcome> => {
  let text: string;
  try {
    const stat = await fs.promises.stat(file);
    if (stat.isDirectory()) return { file, status: 'failed', reason: readReason({ code: 'EISDIR' } as NodeJS.ErrnoException) };
    const { size } = stat;
    if (size > run.maxFileBytes) {
      return {
        file,
        status: 'failed',
        reason: `The file is ${size} bytes long, more than any story the import accepts (${run.maxFileBytes} bytes). Split it.`,
      };
    }
    text = await fs.promises.readFile(file, 'utf8');
  } catch (error) {
    return { file, status: 'failed', reason: readReason(error as NodeJS.ErrnoException) };
  }
  try {
    return { file, ...(await run.importText(text)) };
  } catch (error) {
    // A ValidationError's message is written for an editor ("The story text is empty.").
    return { file, status: 'failed', reason: (error as Error).message || String(error) };
  }
};

export const runBatch = async (run: BatchRun): Promise<Tally> => {
  const tally = emptyTally();
  let done = 0;
  run.reporter.start(run.total);
  try {
    for await (const file of run.files) {
      const outcome = await importFile(file, run);
      tally[outcome.status] += 1;
      if (outcome.status === 'failed') tally.failures.push({ file, reason: outcome.reason });
      done += 1;
      run.reporter.file(outcome, done, tally);
    }
  } finally {
    run.reporter.stop();
  }
  return tally;
};
