/**
 * `npm run import` as an editor runs it: a child process on a folder of story files, against the
 * database the environment names (SQLite file or PostgreSQL URL, as the app reads them). Its
 * stdout is not a terminal here, so progress comes as one line per file.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createTestDatabase, type TestDatabase } from './harness/database';
import { bootAppOn, TEST_SECRETS, type TestApp } from './harness/strapi';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { headlineOf, writeStoryFolder } = require('../scripts/generate-stories') as {
  headlineOf: (i: number) => string;
  writeStoryFolder: (dir: string, count: number) => string[];
};

const appDir = path.resolve(__dirname, '..');
const STORIES = 10;

let database: TestDatabase;
let root: string;
let good: string;
let bad: string[];
let app: TestApp | undefined;

type Run = { code: number; stdout: string; stderr: string };

const runImport = (args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(appDir, 'scripts', 'import.js'), ...args],
      {
        cwd: appDir,
        env: {
          ...process.env,
          ...TEST_SECRETS,
          ...database.env,
          NODE_ENV: 'test',
          STRAPI_TELEMETRY_DISABLED: 'true',
          NEWSROOM_SAMPLE_STORIES: 'false',
          ENV_PATH: path.join(appDir, 'tests', 'harness', 'no.env'),
        },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    );
  });

const countOf = (stdout: string, label: string) => Number(new RegExp(`^  ${label} +(\\d+)$`, 'm').exec(stdout)?.[1]);
const progressLines = (stdout: string) => stdout.split('\n').filter((line) => /^\[ ?\d+\/\d+\] /.test(line));

beforeAll(async () => {
  database = await createTestDatabase();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-import-'));
  good = path.join(root, 'stories');
  writeStoryFolder(good, STORIES);
  bad = [path.join(root, 'empty.txt'), path.join(root, 'no-title.txt')];
  fs.writeFileSync(bad[0], '\n  \n');
  fs.writeFileSync(bad[1], '...\n---\n\n* * *\n');
});

afterAll(async () => {
  if (app) await app.stop();
  else await database?.drop();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('imports a folder of stories, one progress line each, and sums up with exit code 0', async () => {
    const run = await runImport(['--dir', good, '--publish']);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Importing ${STORIES} files.`);
    const lines = progressLines(run.stdout);
    expect(lines).toHaveLength(STORIES);
    expect(lines.every((line) => / imported +\S+story-\d+\.txt +article \w+$/.test(line))).toBe(true);
    expect(lines.map((line) => /^\[ ?(\d+)\//.exec(line)![1]).map(Number)).toEqual(
      Array.from({ length: STORIES }, (_, i) => i + 1)
    );
    expect([countOf(run.stdout, 'imported'), countOf(run.stdout, 'duplicate'), countOf(run.stdout, 'failed')]).toEqual([
      STORIES,
      0,
      0,
    ]);
  });

  it('resumes: a second run finds every story already in and writes nothing', async () => {
    const run = await runImport(['--dir', good, '--publish']);
    expect(run.code).toBe(0);
    expect(progressLines(run.stdout).every((line) => / duplicate +/.test(line))).toBe(true);
    expect([countOf(run.stdout, 'imported'), countOf(run.stdout, 'duplicate')]).toEqual([0, STORIES]);
  });

  it('reports each bad file with its reason, goes on with the others, and exits with 1', async () => {
    const run = await runImport([...bad, path.join(root, 'missing.txt'), '--dir', good]);
    expect(run.code).toBe(1);
    expect([countOf(run.stdout, 'failed'), countOf(run.stdout, 'duplicate')]).toEqual([3, STORIES]);
    const failures = run.stdout.slice(run.stdout.indexOf('failed file'));
    expect(failures).toMatch(/empty\.txt +The story text is empty\./);
    expect(failures).toMatch(/no-title\.txt +The story has no title: its first line has no words\./);
    expect(failures).toMatch(/missing\.txt +No such file\./);
  });

  it('refuses a wrong command with exit code 2 and the usage', async () => {
    const run = await runImport(['--dir', good, '--locale', 'fr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown locale "fr"');
  });

  it('left one published article per story, their related links resolved whatever the file order', async () => {
    app = await bootAppOn(database);
    const articles = await app.strapi.documents('api::article.article').findMany({
      locale: 'ar',
      status: 'published',
      fields: ['title'],
      populate: { relatedLinks: { fields: ['headline', 'status'], populate: { target: { fields: ['title'] } } } },
      limit: -1,
    } as any);
    expect(articles.map((article: any) => article.title).sort()).toEqual(
      Array.from({ length: STORIES }, (_, i) => headlineOf(i)).sort()
    );
    const links = articles.flatMap((article: any) => article.relatedLinks);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatchObject({ status: 'linked', target: { title: link.headline } });
  });
});
