import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { runBatch, type ImportText, type Outcome, type Reporter } from '../run';

let root: string;
const write = (name: string, text: string) => {
  const file = path.join(root, name);
  fs.writeFileSync(file, text);
  return file;
};
async function* listOf(files: string[]) {
  yield* files;
}
const recorder = () => {
  const seen: { outcome: Outcome; done: number }[] = [];
  const calls: string[] = [];
  const reporter: Reporter = {
    start: (total) => calls.push(`start ${total}`),
    file: (outcome, done) => seen.push({ outcome, done }),
    stop: () => calls.push('stop'),
  };
  return { reporter, seen, calls };
};

// An importer that knows texts by content, as the plugin's idempotency does.
const fakeImporter = (): ImportText => {
  const known = new Map<string, string>();
  return async (text) => {
    if (text.trim() === '') throw new Error('The story text is empty.');
    const already = known.get(text);
    if (already) return { status: 'duplicate', documentId: already };
    known.set(text, `doc-${known.size + 1}`);
    return { status: 'imported', documentId: known.get(text)! };
  };
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-run-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('a batch run', () => {
  it('imports every file, goes on after a failure, and counts each outcome', async () => {
    const files = [
      write('a.txt', 'عنوان أ\n\nفقرة.'),
      write('empty.txt', ''),
      write('b.txt', 'عنوان ب\n\nفقرة.'),
      write('a-again.txt', 'عنوان أ\n\nفقرة.'),
    ];
    const { reporter, seen, calls } = recorder();
    const tally = await runBatch({ files: listOf(files), total: 4, importText: fakeImporter(), maxFileBytes: 1000, reporter });

    expect(tally).toMatchObject({ imported: 2, updated: 0, duplicate: 1, failed: 1 });
    expect(tally.failures).toEqual([{ file: files[1], reason: 'The story text is empty.' }]);
    expect(seen.map(({ outcome, done }) => `${done} ${outcome.status}`)).toEqual([
      '1 imported',
      '2 failed',
      '3 imported',
      '4 duplicate',
    ]);
    expect(calls).toEqual(['start 4', 'stop']);
  });

  it('says why a file could not be read, and refuses an oversized one unread', async () => {
    const big = write('big.txt', 'x'.repeat(2000));
    const importText = jest.fn(fakeImporter());
    const { reporter } = recorder();
    const tally = await runBatch({
      files: listOf([path.join(root, 'missing.txt'), big, root]),
      total: 3,
      importText,
      maxFileBytes: 1000,
      reporter,
    });
    expect(tally.failures.map(({ reason }) => reason)).toEqual([
      'No such file.',
      'The file is 2000 bytes long, more than any story the import accepts (1000 bytes). Split it.',
      'This is a folder, not a story file.',
    ]);
    expect(importText).not.toHaveBeenCalled();
  });

  it('stops the reporter even when the file list fails', async () => {
    async function* broken() {
      yield write('a.txt', 'عنوان\n\nفقرة.');
      throw new Error('disk gone');
    }
    const { reporter, calls } = recorder();
    await expect(
      runBatch({ files: broken(), total: 2, importText: fakeImporter(), maxFileBytes: 1000, reporter })
    ).rejects.toThrow('disk gone');
    expect(calls).toEqual(['start 2', 'stop']);
  });
});
