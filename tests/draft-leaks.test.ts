/**
 * Nothing of a draft reaches a caller who may not read drafts: the public, and users-permissions
 * roles (authenticated, or granted the import actions). Every GraphQL field with relations
 * (`_connection` and `localizations` included), every REST relation filter, populate and sort is
 * tried anonymously, and no draft text may appear in any answer. API tokens still see drafts.
 *
 * The newsroom's set-up: a draft-only story B (embargoed), published stories that link to it, a
 * published story R whose draft was retitled afterwards, and an unpublished `en` translation.
 */
import request from 'supertest';

import { shortStory } from './fixtures/stories';
import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';

const ARTICLE = 'api::article.article';
const LINK = 'api::related-link.related-link';
const OFFICIAL = 'api::official.official';

// Every piece of draft-only text carries one of these, so one search over an answer finds a leak.
const SECRET_MARKS = ['سري', 'SECRET', 'secret.example'];
const B_TITLE = 'مسودة سرية عن اجتماع الحكومة الطارئ المقبل';
const R_PUBLISHED = 'الحكومة تعلن خطة جديدة لدعم المزارعين';
const R_DRAFT = 'تعديل سري لعنوان خطة دعم المزارعين';

let app: TestApp;
const ids: Record<string, string> = {};

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

const article = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: `${title}.`,
  body: [paragraph(`${title}.`)],
  sourceText: title,
  sourceHash: `hash-${Math.random().toString(16).slice(2)}`,
  ...extra,
});

const link = (articleId: string, headline: string, position: number, target?: string) =>
  app.strapi.documents(LINK).create({
    locale: 'ar',
    data: {
      headline,
      position,
      article: articleId,
      target,
      status: target ? 'linked' : 'unresolved',
      confidence: target ? 1 : 0,
      matchKey: headline,
    } as any,
  });

beforeAll(async () => {
  app = await bootApp();
  const documents = app.strapi.documents(ARTICLE);
  const sisi = await app.strapi
    .documents(OFFICIAL)
    .findFirst({ locale: 'ar', filters: { name: 'عبد الفتاح السيسي' } } as any);
  const officials = { connect: [{ documentId: sisi!.documentId, locale: 'ar' }] };

  const published = await documents.create({
    locale: 'ar',
    status: 'published',
    data: article('الرئيس السيسي يستقبل وفدا حكوميا', { officials }) as any,
  });
  const retitled = await documents.create({ locale: 'ar', status: 'published', data: article(R_PUBLISHED) as any });
  await documents.update({ documentId: retitled.documentId, locale: 'ar', data: { title: R_DRAFT } as any });
  const draft = await documents.create({
    locale: 'ar',
    data: article(B_TITLE, {
      summary: 'ملخص سري للاجتماع',
      body: [paragraph('نص سري لا ينشر قبل موعده')],
      sourceUrl: 'https://secret.example/draft',
      officials,
    }) as any,
  });
  // An unpublished translation of the published story.
  await documents.update({
    documentId: published.documentId,
    locale: 'en',
    data: article('SECRET unpublished translation') as any,
  });

  ids.published = published.documentId;
  ids.retitled = retitled.documentId;
  ids.draft = draft.documentId;
  ids.draftLink = (await link(draft.documentId, 'عنوان سري في قائمة المسودة', 1, published.documentId)).documentId;
  ids.toDraft = (await link(published.documentId, 'اجتماع الحكومة الطارئ', 1, draft.documentId)).documentId;
  ids.toRetitled = (await link(published.documentId, R_PUBLISHED, 2, retitled.documentId)).documentId;
  ids.fromRetitled = (await link(retitled.documentId, 'الرئيس السيسي يستقبل وفدا حكوميا', 1, published.documentId)).documentId;
});

afterAll(async () => {
  await app?.stop();
});

const leaksIn = (body: unknown): string[] => {
  const text = JSON.stringify(body);
  return SECRET_MARKS.filter((mark) => text.includes(mark));
};

const graphql = (query: string, variables: object = {}, token?: string) => {
  const req = request(app.server).post('/graphql');
  if (token) req.set('Authorization', `Bearer ${token}`);
  return req.send({ query, variables });
};

const PUBLIC_GRAPHQL: [string, string][] = [
  [
    'relatedLinks with their article and target',
    `{ relatedLinks(locale: "ar", status: DRAFT, pagination: { limit: 100 }) {
        documentId headline article { title summary body sourceUrl } target { title slug summary } } }`,
  ],
  [
    'relatedLinks_connection',
    `{ relatedLinks_connection(locale: "ar", status: DRAFT) { nodes { headline article { title } target { title } } } }`,
  ],
  [
    'one relatedLink by documentId',
    `query($link: ID!) { relatedLink(documentId: $link, locale: "ar", status: DRAFT) { headline article { title } } }`,
  ],
  [
    'officials with their articles',
    `{ officials(locale: "ar", status: DRAFT, pagination: { limit: 100 }) {
        name articles { title summary sourceUrl } articles_connection { nodes { title } } } }`,
  ],
  [
    'officials_connection',
    `{ officials_connection(locale: "ar", status: DRAFT) { nodes { articles(status: DRAFT) { title } } } }`,
  ],
  [
    'articles with localizations, related links, targets and officials',
    `{ articles(locale: "ar", status: DRAFT) {
        title localizations { title summary } localizations_connection { nodes { title } }
        relatedLinks { headline target { title } article { title } }
        relatedLinks_connection { nodes { target { title } } }
        officials { name articles { title } } } }`,
  ],
  [
    'articles_connection',
    `{ articles_connection(locale: "ar", status: DRAFT) { nodes { title localizations { title } relatedLinks { target { title } } } } }`,
  ],
  [
    'the draft by documentId',
    `query($id: ID!) { article(documentId: $id, locale: "ar", status: DRAFT) { title summary } }`,
  ],
  [
    'English articles',
    `{ articles(locale: "en", status: DRAFT) { title localizations { title } } }`,
  ],
  [
    'relation arguments asking for drafts',
    `{ articles(locale: "ar") { relatedLinks { target(status: DRAFT) { title } } localizations(status: DRAFT) { title } } }`,
  ],
];

describe('GraphQL, anonymously', () => {
  it.each(PUBLIC_GRAPHQL)('%s shows no draft text', async (_name, query) => {
    const res = await graphql(query, { id: ids.draft, link: ids.draftLink });
    expect(leaksIn(res.body)).toEqual([]);
  });

  it('answers back-links of published stories only', async () => {
    const res = await graphql(
      `query($id: ID!) { article(documentId: $id, locale: "ar", status: DRAFT) {
          backlinks { documentId headline article { title } } backlinks_connection { nodes { documentId } } } }`,
      { id: ids.published }
    );
    expect(res.body.errors).toBeUndefined();
    expect(leaksIn(res.body)).toEqual([]);
    expect(res.body.data.article.backlinks.map((l: any) => l.documentId)).toEqual([ids.fromRetitled]);
    expect(res.body.data.article.backlinks_connection.nodes).toEqual([{ documentId: ids.fromRetitled }]);
  });

  it('still answers published content through the same fields', async () => {
    const res = await graphql(
      `{ articles(locale: "ar", status: DRAFT) { documentId title relatedLinks(sort: "position") { headline target { documentId title } } } }`
    );
    expect(res.body.errors).toBeUndefined();
    const story = res.body.data.articles.find((a: any) => a.documentId === ids.published);
    // The link to the draft shows its printed headline, but no target; the retitled target its published title.
    expect(story.relatedLinks).toEqual([
      { headline: 'اجتماع الحكومة الطارئ', target: null },
      { headline: R_PUBLISHED, target: { documentId: ids.retitled, title: R_PUBLISHED } },
    ]);
    const retitled = res.body.data.articles.find((a: any) => a.documentId === ids.retitled);
    expect(retitled.title).toBe(R_PUBLISHED);
  });

  it.each([
    ['officials by their articles', `{ officials(locale: "ar", filters: { articles: { title: { startsWith: $p } } }) { name } }`, 'officials'],
    ['related links by target', `{ relatedLinks(locale: "ar", filters: { target: { title: { startsWith: $p } } }) { headline } }`, 'relatedLinks'],
    ['related links by article', `{ relatedLinks(locale: "ar", filters: { article: { title: { startsWith: $p } } }) { headline } }`, 'relatedLinks'],
    ['articles by their links’ targets', `{ articles(locale: "ar", filters: { relatedLinks: { target: { title: { startsWith: $p } } } }) { title } }`, 'articles'],
    ['articles by their translations', `{ articles(locale: "ar", filters: { localizations: { title: { startsWith: $p } } }) { title } }`, 'articles'],
    ['officials through or/not', `{ officials(locale: "ar", filters: { or: [{ articles: { title: { startsWith: $p } } }, { name: { eq: "-" } }] }) { name } }`, 'officials'],
  ])('filters %s find no draft', async (_name, body, field) => {
    const query = `query($p: String) ${body}`;
    for (const prefix of ['مسودة سرية', 'تعديل سري', 'SECRET']) {
      const res = await graphql(query, { p: prefix });
      expect([prefix, res.body.errors]).toEqual([prefix, undefined]);
      expect([prefix, res.body.data[field]]).toEqual([prefix, []]);
    }
  });

  it('filters through relations still find published content', async () => {
    const res = await graphql(
      `query($p: String) { officials(locale: "ar", filters: { articles: { title: { eq: $p } } }) { name } }`,
      { p: 'الرئيس السيسي يستقبل وفدا حكوميا' }
    );
    expect(res.body.data.officials.map((o: any) => o.name)).toEqual(['عبد الفتاح السيسي']);
  });

  it('nested relation filters find no draft', async () => {
    const res = await graphql(
      `query($p: String) { articles(locale: "ar") { documentId
          relatedLinks(filters: { target: { title: { startsWith: $p } } }) { headline }
          officials { articles(filters: { title: { startsWith: $p } }) { documentId } } } }`,
      { p: 'مسودة سرية' }
    );
    expect(res.body.errors).toBeUndefined();
    for (const story of res.body.data.articles) {
      expect(story.relatedLinks).toEqual([]);
      for (const official of story.officials) expect(official.articles).toEqual([]);
    }
  });
});

/** `a[b][0][c]=v`, indices kept: the query-string shape Strapi's REST examples use. */
const encode = (value: unknown, prefix = ''): string[] => {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => encode(item, prefix ? `${prefix}[${key}]` : key));
  }
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`];
};

const rest = (url: string, query: object = {}, token?: string) => {
  const req = request(app.server).get(`${url}?${encode(query).join('&')}`);
  if (token) req.set('Authorization', `Bearer ${token}`);
  return req;
};

describe('REST, anonymously', () => {
  const RELATION_FILTERS: [string, object][] = [
    ['/api/officials', { articles: { title: { $startsWith: '$' } } }],
    ['/api/related-links', { target: { title: { $startsWith: '$' } } }],
    ['/api/related-links', { article: { title: { $startsWith: '$' } } }],
    ['/api/related-links', { article: { summary: { $contains: '$' } } }],
    ['/api/articles', { relatedLinks: { target: { title: { $startsWith: '$' } } } }],
    ['/api/articles', { localizations: { title: { $startsWith: '$' } } }],
    ['/api/articles', { officials: { articles: { title: { $startsWith: '$' } } } }],
    ['/api/officials', { $or: [{ articles: { title: { $startsWith: '$' } } }, { name: '-' }] }],
  ];

  it.each(RELATION_FILTERS)('%s filtered by %j finds no draft', async (url, filters) => {
    for (const prefix of ['مسودة سرية', 'تعديل سري', 'SECRET', 'ملخص سري']) {
      const withPrefix = JSON.parse(JSON.stringify(filters).split('"$"').join(JSON.stringify(prefix)));
      const res = await rest(url, { locale: 'ar', filters: withPrefix });
      expect([prefix, res.status]).toEqual([prefix, 200]);
      expect([prefix, res.body.meta.pagination.total]).toEqual([prefix, 0]);
    }
  });

  it('refuses a negated filter through articles (a draft row would answer it)', async () => {
    const res = await rest('/api/officials', {
      locale: 'ar',
      filters: { $and: [{ $not: { articles: { title: { $notContains: 'مسودة سرية' } } } }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/not.*articles/);
  });

  it('relation filters still find published content', async () => {
    const res = await rest('/api/officials', {
      locale: 'ar',
      filters: { articles: { title: { $eq: 'الرئيس السيسي يستقبل وفدا حكوميا' } } },
    }).expect(200);
    expect(res.body.data.map((o: any) => o.name)).toEqual(['عبد الفتاح السيسي']);
    const byPublishedTitle = await rest('/api/related-links', {
      locale: 'ar',
      filters: { target: { title: { $eq: R_PUBLISHED } } },
    }).expect(200);
    expect(byPublishedTitle.body.meta.pagination.total).toBe(1);
  });

  it('lists no related link of a draft-only article, and serves none by documentId', async () => {
    const res = await rest('/api/related-links', { locale: 'ar', status: 'draft', pagination: { pageSize: 100 } }).expect(200);
    expect(res.body.data.map((l: any) => l.documentId).sort()).toEqual(
      [ids.toDraft, ids.toRetitled, ids.fromRetitled].sort()
    );
    await rest(`/api/related-links/${ids.draftLink}`, { locale: 'ar' }).expect(404);
  });

  it('populates nothing of a draft, also with filters inside populate', async () => {
    const populate = {
      relatedLinks: { filters: { target: { title: { $startsWith: 'مسودة سرية' } } }, populate: ['target', 'article'] },
      localizations: true,
      officials: { populate: { articles: { filters: { title: { $startsWith: 'مسودة سرية' } } } } },
    };
    const res = await rest('/api/articles', { locale: 'ar', status: 'draft', populate }).expect(200);
    expect(leaksIn(res.body)).toEqual([]);
    for (const story of res.body.data) {
      expect(story.relatedLinks).toEqual([]);
      for (const official of story.officials) expect(official.articles).toEqual([]);
    }
    const all = await rest('/api/related-links', { locale: 'ar', populate: '*' }).expect(200);
    expect(leaksIn(all.body)).toEqual([]);
    const officials = await rest('/api/officials', { locale: 'ar', populate: { articles: { populate: '*' } } }).expect(200);
    expect(leaksIn(officials.body)).toEqual([]);
  });

  it('lists as back-links only the entries of published stories', async () => {
    for (const populate of [{ backlinks: { populate: ['article'] } }, '*', ['backlinks', 'backlinks.article']]) {
      const res = await rest(`/api/articles/${ids.published}`, { locale: 'ar', status: 'draft', populate }).expect(200);
      expect(leaksIn(res.body)).toEqual([]);
      expect(res.body.data.backlinks.map((l: any) => l.documentId)).toEqual([ids.fromRetitled]);
    }
  });

  it('refuses to sort by a field of a related article', async () => {
    for (const [url, sort] of [
      ['/api/related-links', 'target.title:asc'],
      ['/api/officials', 'articles.title'],
      ['/api/articles', { relatedLinks: { target: { title: 'desc' } } }],
    ] as const) {
      const res = await rest(url, { locale: 'ar', sort });
      expect([url, res.status]).toEqual([url, 400]);
      expect(res.body.error.message).toMatch(/sort/i);
    }
    const populated = await rest('/api/articles', { locale: 'ar', populate: { relatedLinks: { sort: 'target.title' } } });
    expect(populated.status).toBe(400);
  });

  it('refuses to sort GraphQL relation fields by a related article', async () => {
    const res = await graphql(`{ relatedLinks(locale: "ar", sort: "target.title") { headline } }`);
    expect(res.body.errors?.[0]?.message).toMatch(/sort/i);
  });
});

describe('API tokens still read drafts', () => {
  let token: string;
  beforeAll(async () => {
    token = await fullAccessToken(app.strapi);
  });

  it('over GraphQL, through relations', async () => {
    const res = await graphql(
      `{ relatedLinks(locale: "ar", status: DRAFT, pagination: { limit: 100 }) { headline article { title } target { title } } }`,
      {},
      token
    );
    expect(res.body.errors).toBeUndefined();
    const titles = res.body.data.relatedLinks.map((l: any) => l.article?.title);
    expect(titles).toContain(B_TITLE);
  });

  it('over REST, back-links of drafts included', async () => {
    const res = await rest(`/api/articles/${ids.published}`, { locale: 'ar', populate: ['backlinks'] }, token).expect(200);
    expect(res.body.data.backlinks.map((l: any) => l.documentId).sort()).toEqual([ids.draftLink, ids.fromRetitled].sort());
  });

  it('over REST, through relation filters', async () => {
    const res = await rest(
      '/api/officials',
      { locale: 'ar', status: 'draft', filters: { articles: { title: { $startsWith: 'مسودة سرية' } } } },
      token
    ).expect(200);
    expect(res.body.meta.pagination.total).toBe(1);
    const sorted = await rest('/api/related-links', { locale: 'ar', sort: 'target.title:asc' }, token);
    expect(sorted.status).toBe(200);
  });
});

describe('a users-permissions role granted the import actions', () => {
  let jwt: string;
  let token: string;

  beforeAll(async () => {
    token = await fullAccessToken(app.strapi);
    const roles = app.strapi.plugin('users-permissions').service('role');
    const authenticated = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'authenticated' } });
    const role = await roles.findOne(authenticated.id);
    const actions = role.permissions['plugin::news-import'].controllers['news-import'];
    actions.preview.enabled = true;
    actions.import.enabled = true;
    role.permissions['api::article'].controllers.article.find.enabled = true;
    role.permissions['api::official'].controllers.official.find.enabled = true;
    role.permissions['api::related-link'].controllers['related-link'].find.enabled = true;
    await roles.updateRole(authenticated.id, { permissions: role.permissions });
    const user = await app.strapi.plugin('users-permissions').service('user').add({
      username: 'reporter',
      email: 'reporter@newsroom.test',
      password: 'Reporter-Password-2024',
      provider: 'local',
      confirmed: true,
      role: authenticated.id,
    });
    jwt = app.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  });

  const preview = (text: string, bearer: string) =>
    request(app.server).post('/api/news-import/preview').set('Authorization', `Bearer ${bearer}`).send({ text });

  const story = `خبر عن الحكومة والمزارعين\n\nقالت الحكومة اليوم إنها ستدعم المزارعين.\nاقرأ أيضاً:\n${B_TITLE}\n${R_DRAFT}\n${R_PUBLISHED}`;

  it('reads no draft through relations, signed in', async () => {
    const officials = await rest(
      '/api/officials',
      { locale: 'ar', status: 'draft', filters: { articles: { title: { $startsWith: 'مسودة سرية' } } } },
      jwt
    ).expect(200);
    expect(officials.body.meta.pagination.total).toBe(0);
    const links = await graphql(PUBLIC_GRAPHQL[0][1], {}, jwt);
    expect(links.body.errors).toBeUndefined();
    expect(links.body.data.relatedLinks.length).toBeGreaterThan(0);
    expect(leaksIn(links.body)).toEqual([]);
  });

  it('previews against published titles only', async () => {
    const res = await preview(story, jwt).expect(200);
    expect(leaksIn(res.body.data.relatedLinks.map((l: any) => l.target))).toEqual([]);
    const [toDraft, toRetitledDraft, toPublished] = res.body.data.relatedLinks;
    expect(toDraft.target).toBeNull();
    expect(toRetitledDraft.target?.title ?? null).not.toBe(R_DRAFT);
    expect(toPublished).toMatchObject({ status: 'linked', target: { documentId: ids.retitled, title: R_PUBLISHED } });
  });

  it('while an API token previews against the newsroom’s latest titles, drafts included', async () => {
    const res = await preview(story, token).expect(200);
    const [toDraft, toRetitledDraft] = res.body.data.relatedLinks;
    expect(toDraft).toMatchObject({ status: 'linked', target: { documentId: ids.draft, title: B_TITLE } });
    expect(toRetitledDraft).toMatchObject({ status: 'linked', target: { documentId: ids.retitled, title: R_DRAFT } });
  });

  it('is not told which draft a text already became', async () => {
    const text = shortStory('خبر سري مستورد كمسودة');
    const imported = await request(app.server)
      .post('/api/news-import/import')
      .set('Authorization', `Bearer ${token}`)
      .send({ text })
      .expect(201);
    const asRole = await preview(text, jwt).expect(200);
    expect(JSON.stringify(asRole.body.data.warnings)).not.toContain(imported.body.data.article.documentId);
    const asToken = await preview(text, token).expect(200);
    expect(JSON.stringify(asToken.body.data.warnings)).toContain(imported.body.data.article.documentId);
  });

  it('imports with links to published targets only', async () => {
    const res = await request(app.server)
      .post('/api/news-import/import')
      .set('Authorization', `Bearer ${jwt}`)
      .send({ text: story.replace('خبر عن', 'خبر ثان عن') })
      .expect(201);
    expect(res.body.data.relatedLinks[0]).toMatchObject({ status: 'unresolved', target: null });
    expect(leaksIn(res.body.data.relatedLinks.map((l: any) => l.target))).toEqual([]);
  });
});
