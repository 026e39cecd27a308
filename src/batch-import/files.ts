/**
 * The story files of a batch, yielded one by one as the folders list them: a batch of 10,000
 * files never holds its file list, let alone its texts. Counting is a second walk of the same
 * generator (a progress bar needs a total; listing a folder is cheap next to importing it).
 */
import fs from 'node:fs';
import path from 'node:path';

import { UsageError } from './args';

const isStoryFile = (name: string) => /\.txt$/i.test(name);

/** Every `.txt` file under `dir`, subfolders included, skipping hidden entries, in listing order. */
async function* walk(dir: string): AsyncGenerator<string> {
  for await (const entry of await fs.promises.opendir(dir)) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && isStoryFile(entry.name)) yield full;
  }
}

const isDirectory = async (file: string) => (await fs.promises.stat(file).catch(() => null))?.isDirectory() ?? false;

/**
 * The files named (as given, even a missing one: reading it fails with its reason in the summary),
 * a named folder standing for its story files, then the story files of each `--dir`.
 */
export async function* storyFiles(paths: string[], dirs: string[]): AsyncGenerator<string> {
  for (const file of paths) {
    if (await isDirectory(file)) yield* walk(file);
    else yield file;
  }
  for (const dir of dirs) {
    if (!(await isDirectory(dir))) throw new UsageError(`--dir ${dir}: no such folder.`);
    yield* walk(dir);
  }
}

export const countStoryFiles = async (files: AsyncIterable<string>): Promise<number> => {
  let count = 0;
  for await (const _ of files) count += 1;
  return count;
};
