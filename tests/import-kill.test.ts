/**
 * A process killed in the middle of an import (SIGKILL: the OOM killer, a lost container) leaves
 * the database as it was before the import began, and the same text imports afterwards.
 *
 * Each round starts a second app process on this test's database (./harness/import-in-flight.js)
 * that posts one import to itself and stops at a chosen point inside the import's transaction: it
 * prints `IN_TRANSACTION` with the rows the transaction sees written, and waits. Only then does the
 * test send SIGKILL, so the kill lands inside the transaction every time, never by timing luck.
 * Afterwards every row of the content tables (articles, officials, related links and their join
 * tables) and of the plugin's tables (idempotency claims, title and link indexes, decisions,
 * revisions) is what it was before the round, the server serves, and importing the same text
 * answers 201 with exactly one article.
 *
 * On PostgreSQL this instance keeps serving while the other process dies, as a sibling instance
 * behind a load balancer does. On SQLite one process holds the file at a time, as SQLite is
 * deployed: this instance closes before the child boots and boots again after the kill, on the
 * file (and write-ahead log) the killed process left in the middle of its transaction.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

import request from 'supertest';

import {
  DECISIONS,
  LINK_TOKENS,
  REVISIONS,
  SOURCES,
  TITLE_KEYS,
  TITLE_TOKEN_STATS,
  TITLE_TOKENS,
} from '../src/plugins/news-import/server/src/storage/tables';
import { usesPostgres } from './harness/database';
import { bootApp, bootAppOn, fullAccessToken, type TestApp } from './harness/strapi';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { headlineOf, leadOf, storyOf } = require('../scripts/generate-stories') as {
  headlineOf: (i: number) => string;
  leadOf: (i: number) => string;
  storyOf: (i: number) => string;
};

const ARTICLE = 'api::article.article';
const OFFICIAL = 'api::official.official';
const RELATED_LINK = 'api::related-link.related-link';
const CONTENT_TYPES = [ARTICLE, OFFICIAL, RELATED_LINK] as const;
const PLUGIN_TABLES = [SOURCES, TITLE_KEYS, TITLE_TOKENS, TITLE_TOKEN_STATS, LINK_TOKENS, DECISIONS, REVISIONS];

/** Where the child stops, in the order the import writes (see ./harness/import-in-flight.js). */
const KILL_POINTS = ['after-claim', 'after-official', 'after-article', 'after-links', 'after-publish', 'before-commit'];

// Archive stories the killed imports list as related headlines (published, so linked).
const ARCHIVE = Array.from({ length: 8 }, (_, i) => i);
// A made-up minister per round, so that every round's story proposes an official not yet known
// (a role already held by a known official would name that official instead).
const NEW_OFFICIALS = [
  ['سامح عبد الرحيم', 'وزير التخطيط'],
  ['هشام فؤاد الشاذلي', 'وزير الري'],
  ['ماجد نبيل الحسيني', 'وزير النقل'],
  ['طارق منير عبد السلام', 'وزير الزراعة'],
  ['وليد صبري عبد الغني', 'وزير السياحة'],
  ['أيمن فتحي عبد المنعم', 'وزير التموين'],
];
const WAITING_TITLE = 'ملف المتابعة: قصص ينتظرها قراء الموقع هذا الأسبوع';

let app: TestApp;
/** Whether `app` is booted (on SQLite it is closed while a child holds the file). */
let open = false;
let token: string;
const archiveIds: string[] = [];

/** Round r's story: its own headline and lead, a new official, a long "read also" list. */
const roundStory = (r: number) => {
  const title = headlineOf(200 + r);
  const related = [
    ...ARCHIVE.map((i) => headlineOf(i)),
    // Headlines that name no story yet: open links, with their words in the link index.
    ...[1, 2, 3].map((k) => `${headlineOf(300 + r * 10 + k)} بعد اجتماع اللجنة`),
  ];
  const text = [
    title,
    '',
    leadOf(200 + r),
    `واستقبل الدكتور ${NEW_OFFICIALS[r][0]} ${NEW_OFFICIALS[r][1]} اليوم وفدا من المستثمرين لبحث خطة العام.`,
    'اقرأ أيضاً:',
    ...related,
  ].join('\n');
  return { title, official: NEW_OFFICIALS[r][0], related, text };
};

/**
 * The import body: published, with an editor's verdict on two links (rows in the decisions table).
 * Each round rejects another linked headline: a rejection stands, so that headline would no longer
 * be linked in a later round, and rejecting an unlinked one records nothing.
 */
const importBody = (r: number) => ({
  text: roundStory(r).text,
  publish: true,
  decisions: { links: [{ position: 1 + r, reject: true }, { position: ARCHIVE.length, target: archiveIds[0] }] },
});

const post = (route: string, body: object) =>
  request(app.server).post(`/api/news-import/${route}`).set('Authorization', `Bearer ${token}`).send(body);

/** Boots this instance again on the database when it was closed (also after a failed round). */
const reopen = async () => {
  if (open) return;
  app = await bootAppOn(app.database);
  open = true;
};

const readArticles = () =>
  request(app.server)
    .get('/api/articles')
    .query({ locale: 'ar', populate: { relatedLinks: { populate: ['target'] }, officials: true } })
    .expect(200);

/** Every table an import writes: the content types', their join tables, and the plugin's own. */
const importTables = (): string[] => {
  const tables = new Set<string>(PLUGIN_TABLES);
  for (const uid of CONTENT_TYPES) {
    const meta: any = app.strapi.db.metadata.get(uid as any);
    tables.add(meta.tableName);
    for (const attribute of Object.values<any>(meta.attributes)) {
      if (attribute.joinTable?.name) tables.add(attribute.joinTable.name);
    }
  }
  return [...tables].sort();
};

/** Every row of those tables, in a stable order: what "as it was before" compares. */
type Snapshot = Record<string, string[]>;

const snapshot = async (): Promise<Snapshot> => {
  const rows: Snapshot = {};
  for (const table of importTables()) {
    rows[table] = ((await app.strapi.db.connection(table).select('*')) as object[]).map((row) => JSON.stringify(row)).sort();
  }
  return rows;
};

/** What differs between two snapshots: per table, the rows added and the rows gone (an update is both). */
const changes = (before: Snapshot, after: Snapshot) => {
  const changed: Record<string, { added: string[]; gone: string[] }> = {};
  for (const table of Object.keys(after)) {
    const added = after[table].filter((row) => !before[table].includes(row));
    const gone = before[table].filter((row) => !after[table].includes(row));
    if (added.length + gone.length > 0) changed[table] = { added, gone };
  }
  return changed;
};

const rowsFor = async (title: string) => ({
  drafts: await app.strapi.db.query(ARTICLE).count({ where: { title, publishedAt: null } }),
  published: await app.strapi.db.query(ARTICLE).count({ where: { title, publishedAt: { $notNull: true } } }),
});

/** The rows the import's transaction holds at `point`, from the rows before it began. */
const writtenBy = (point: string, before: Snapshot, links: number) => {
  const reached = (step: string) => KILL_POINTS.indexOf(point) >= KILL_POINTS.indexOf(step);
  const rows = (uid: string) => before[app.strapi.db.metadata.get(uid as any).tableName].length;
  return {
    sources: before[SOURCES].length + 1,
    officials: rows(OFFICIAL) + (reached('after-official') ? 1 : 0),
    // The draft row, then the published one.
    articles: rows(ARTICLE) + (reached('after-publish') ? 2 : reached('after-article') ? 1 : 0),
    links: rows(RELATED_LINK) + (reached('after-links') ? links : 0),
  };
};

type Seen = { point: string; inTransaction: boolean; articles: number; links: number; officials: number; sources: number };

/**
 * Runs the child until it reports from inside the import's transaction, runs `inFlight` while the
 * transaction is open, kills the child and waits for its end.
 */
const killMidImport = (point: string, body: object, inFlight: () => Promise<unknown>) =>
  new Promise<{ seen: Seen; signal: NodeJS.Signals | null }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'harness', 'import-in-flight.js')], {
      env: { ...process.env, KILL_POINT: point, IMPORT_BODY: JSON.stringify(body), IMPORT_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let errors = '';
    let seen: Seen | null = null;
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = /^IN_TRANSACTION (.*)$/m.exec(out);
      if (line && !seen) {
        seen = JSON.parse(line[1]) as Seen;
        inFlight().then(
          () => child.kill('SIGKILL'),
          (error) => {
            child.kill('SIGKILL');
            reject(error);
          }
        );
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      seen ? resolve({ seen, signal }) : reject(new Error(`the child ended before the kill point: ${out}${errors}`))
    );
  });

// SQLite is deployed as one process on its file: this instance closes while the child holds it.
const oneProcessAtATime = !usesPostgres();

beforeAll(async () => {
  app = await bootApp();
  open = true;
  token = await fullAccessToken(app.strapi);
  for (const i of ARCHIVE) {
    const res = await post('import', { text: storyOf(i), publish: true }).expect(201);
    archiveIds.push(res.body.data.article.documentId);
  }
  // A story whose list names every round's headline: each killed import, once its article exists,
  // takes one of these open links inside its transaction (a later arrival).
  const waiting = [WAITING_TITLE, '', leadOf(400), 'اقرأ أيضاً:', ...KILL_POINTS.map((_, r) => roundStory(r).title)];
  await post('import', { text: waiting.join('\n'), publish: true }).expect(201);
}, 300_000);

afterAll(async () => {
  if (open) await app?.stop();
  else await app?.database.drop();
});

describe(`an import killed mid-transaction (${usesPostgres() ? 'PostgreSQL, this instance serving throughout' : 'SQLite, one process at a time'})`, () => {
  it.each(KILL_POINTS.map((point, round) => [point, round] as const))(
    'killed %s: the database is as before, the server serves, the same text imports once',
    async (point, round) => {
      const story = roundStory(round);
      await reopen();
      const before = await snapshot();
      if (oneProcessAtATime) {
        await app.close();
        open = false;
      }

      // On PostgreSQL this instance serves meanwhile, and cannot see the uncommitted article.
      const serving = async () => {
        if (oneProcessAtATime) return;
        await readArticles();
        expect(await rowsFor(story.title)).toEqual({ drafts: 0, published: 0 });
      };
      const { seen, signal } = await killMidImport(point, importBody(round), serving);
      expect(signal).toBe('SIGKILL');
      // It stopped inside the transaction, which holds exactly what the import had written by then.
      expect(seen).toEqual({ point, inTransaction: true, ...writtenBy(point, before, story.related.length) });

      await reopen();
      expect(changes(before, await snapshot())).toEqual({});
      expect(await rowsFor(story.title)).toEqual({ drafts: 0, published: 0 });

      // The server serves, and does not take the text for one already imported.
      await readArticles();
      const preview = await post('preview', { text: story.text }).expect(200);
      expect(preview.body.data.warnings.join(' ')).not.toMatch(/already imported|updates article/);

      const again = await post('import', importBody(round)).expect(201);
      expect(again.body.data.duplicate).toBe(false);
      const documentId = again.body.data.article.documentId;
      expect(await rowsFor(story.title)).toEqual({ drafts: 1, published: 1 });
      expect(await app.strapi.db.query(OFFICIAL).count({ where: { name: story.official } })).toBe(1);
      expect(await app.strapi.db.connection(SOURCES).where({ document_id: documentId }).select('locale')).toEqual([{ locale: 'ar' }]);
      const links = (await app.strapi.documents(RELATED_LINK).findMany({
        locale: 'ar',
        filters: { $or: [{ article: { documentId } }, { headline: story.title }] },
        fields: ['headline', 'position', 'status'],
        populate: { target: { fields: ['title'] } },
        limit: -1,
      } as any)) as any[];
      // Its own list, whole, and the waiting story's link now pointing at it.
      expect(links).toHaveLength(story.related.length + 1);
      expect(links.find((link) => link.headline === story.title)).toMatchObject({ status: 'linked', target: { documentId } });
      const decided = await app.strapi.db
        .connection(DECISIONS)
        .whereIn('link_document_id', links.map((link) => link.documentId))
        .select('decision');
      expect(decided.map((row: { decision: string }) => row.decision).sort()).toEqual(['accepted', 'rejected']);
    },
    300_000
  );
});
