import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { UsageError } from '../args';
import { countStoryFiles, storyFiles } from '../files';

let root: string;
const write = (relative: string, text = 'عنوان\n\nفقرة.') => {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};
const collect = async (files: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const file of files) out.push(file);
  return out;
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-files-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the story files of a batch', () => {
  it('takes the .txt files of a folder and its subfolders, leaving hidden and other files out', async () => {
    const a = write('in/a.txt');
    const b = write('in/desk/b.TXT');
    write('in/notes.md');
    write('in/.draft.txt');
    write('in/.cache/c.txt');
    expect((await collect(storyFiles([], [path.join(root, 'in')]))).sort()).toEqual([a, b].sort());
  });

  it('takes named files as given, missing ones included, and a named folder as its story files', async () => {
    const a = write('a.story');
    const b = write('folder/b.txt');
    const missing = path.join(root, 'missing.txt');
    expect(await collect(storyFiles([a, missing, path.join(root, 'folder')], []))).toEqual([a, missing, b]);
  });

  it('refuses a --dir that is not a folder', async () => {
    await expect(collect(storyFiles([], [path.join(root, 'nowhere')]))).rejects.toThrow(UsageError);
  });

  it('counts by walking, the same files it yields', async () => {
    for (let i = 0; i < 25; i += 1) write(`in/${i % 3}/s${i}.txt`);
    expect(await countStoryFiles(storyFiles([], [path.join(root, 'in')]))).toBe(25);
  });
});
