/**
 * Who may do what, cell by cell: the permission matrix of the README's Security section.
 * Content-API callers (public, a signed-in users-permissions user, API tokens of each kind) and
 * admin roles (without the plugin's actions, with `import` only, with `review` only), against the
 * plugin's operations, reading drafts and reading private fields.
 */
import request from 'supertest';

import { createArticle } from './fixtures/content';
import { shortStory } from './fixtures/stories';
import { bootApp, type TestApp } from './harness/strapi';

let app: TestApp;
let linkId: string;
let draftId: string;
const auth: Record<string, { kind: 'content-api' | 'admin'; header?: string }> = {};

const token = async (type: string, permissions: string[] = []) =>
  `Bearer ${(await app.strapi.service('admin::api-token').create({ name: `${type}-${Math.random()}`, type, lifespan: null, permissions } as any)).accessKey}`;

const adminWith = async (name: string, actions: (string | { action: string; subject: string })[]) => {
  const roles = app.strapi.service('admin::role');
  const role = await roles.create({ name, description: name });
  await roles.assignPermissions(
    role.id,
    actions.map((action) => (typeof action === 'string' ? { action, subject: null } : action))
  );
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}@newsroom.test`;
  const password = 'Matrix-Password-2024';
  await app.strapi.service('admin::user').create({ firstname: name, lastname: 'Test', email, password, roles: [role.id], isActive: true });
  const login = await request(app.server).post('/admin/login').send({ email, password }).expect(200);
  return `Bearer ${login.body.data.token}`;
};

beforeAll(async () => {
  app = await bootApp();
  const full = await token('full-access');
  draftId = (await createArticle(app.strapi, { title: 'مسودة مصفوفة الصلاحيات', published: false })).documentId;
  const imported = await request(app.server)
    .post('/api/news-import/import')
    .set('Authorization', full)
    .send({ text: shortStory('خبر مصفوفة الصلاحيات', ['خبر لم يصل بعد إلى الأرشيف']), publish: true })
    .expect(201);
  linkId = imported.body.data.relatedLinks[0].documentId;

  const users = app.strapi.plugin('users-permissions');
  const authenticated = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const role = await users.service('role').findOne(authenticated.id);
  role.permissions['api::article'].controllers.article.find.enabled = true;
  await users.service('role').updateRole(authenticated.id, { permissions: role.permissions });
  const user = await users.service('user').add({
    username: 'reader', email: 'reader@newsroom.test', password: 'Reader-Password-2024', provider: 'local', confirmed: true, role: authenticated.id,
  });

  auth.public = { kind: 'content-api' };
  auth.authenticated = { kind: 'content-api', header: `Bearer ${users.service('jwt').issue({ id: user.id })}` };
  auth['read-only token'] = { kind: 'content-api', header: await token('read-only') };
  auth['preview-only token'] = { kind: 'content-api', header: await token('custom', ['plugin::news-import.news-import.preview']) };
  auth['full-access token'] = { kind: 'content-api', header: full };
  auth['admin without plugin actions'] = { kind: 'admin', header: await adminWith('Plain', [
    { action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' },
  ]) };
  auth['admin with import'] = { kind: 'admin', header: await adminWith('Importer', ['plugin::news-import.import']) };
  auth['admin with review'] = { kind: 'admin', header: await adminWith('Reviewer', ['plugin::news-import.review']) };
});

afterAll(async () => {
  await app?.stop();
});

const operations: Record<string, (prefix: string) => [string, object, ('get' | 'post')?]> = {
  preview: (prefix) => [`${prefix}/preview`, { text: shortStory('خبر للمعاينة فقط') }],
  import: (prefix) => [`${prefix}/import`, { text: shortStory(`خبر للاستيراد ${Math.random()}`) }],
  relink: (prefix) => [`${prefix}/relink`, {}],
  reject: (prefix) => [`${prefix}/links/${linkId}/reject`, {}],
  accept: (prefix) => [`${prefix}/links/${linkId}/accept`, {}],
  translationQueue: (prefix) => [`${prefix}/translation-queue?locale=en`, {}, 'get'],
};

// true: allowed (2xx or a 400 about the request itself); false: refused (401/403).
const MATRIX: Record<string, Record<string, boolean>> = {
  public: { preview: false, import: false, relink: false, reject: false, accept: false, translationQueue: false },
  authenticated: { preview: false, import: false, relink: false, reject: false, accept: false, translationQueue: false },
  'read-only token': { preview: false, import: false, relink: false, reject: false, accept: false, translationQueue: false },
  'preview-only token': { preview: true, import: false, relink: false, reject: false, accept: false, translationQueue: false },
  'full-access token': { preview: true, import: true, relink: true, reject: true, accept: true, translationQueue: true },
  'admin without plugin actions': { preview: false, import: false, relink: false, reject: false, accept: false, translationQueue: false },
  'admin with import': { preview: true, import: true, relink: false, reject: false, accept: false, translationQueue: false },
  'admin with review': { preview: false, import: false, relink: true, reject: true, accept: true, translationQueue: true },
};

const cells = Object.entries(MATRIX).flatMap(([caller, row]) =>
  Object.entries(row).map(([operation, allowed]) => [caller, operation, allowed] as const)
);

describe('the plugin operations', () => {
  it.each(cells)('%s → %s: allowed %s', async (caller, operation, allowed) => {
    const { kind, header } = auth[caller];
    const [url, body, method = 'post'] = operations[operation](kind === 'admin' ? '/news-import' : '/api/news-import');
    const req = request(app.server)[method](url);
    if (header) req.set('Authorization', header);
    const res = await (method === 'post' ? req.send(body) : req);
    if (allowed) {
      // Accepting a link with no suggestion is refused as a request, not as a caller.
      expect([caller, operation, res.status < 300 || res.status === 400]).toEqual([caller, operation, true]);
      if (res.status === 400) expect(res.body.error.name).toBe('ValidationError');
    } else {
      expect([caller, operation, res.status]).toEqual([caller, operation, 403]);
    }
  });
});

describe('drafts and private fields over the content API', () => {
  const DRAFTS: Record<string, boolean> = {
    public: false,
    authenticated: false,
    'read-only token': true,
    'full-access token': true,
  };

  it.each(Object.entries(DRAFTS))('%s reads drafts: %s, private fields: never', async (caller, drafts) => {
    const req = request(app.server).get('/api/articles').query({ locale: 'ar', status: 'draft', pagination: { pageSize: 100 } });
    const { header } = auth[caller];
    if (header) req.set('Authorization', header);
    const res = await req.expect(200);
    expect(res.body.data.some((a: any) => a.documentId === draftId)).toBe(drafts);
    for (const field of ['sourceText', 'sourceHash']) {
      expect(res.body.data.some((a: any) => field in a)).toBe(false);
    }
  });

  it('a preview-only token reads no content at all', async () => {
    const res = await request(app.server).get('/api/articles').set('Authorization', auth['preview-only token'].header!);
    expect(res.status).toBe(403);
  });
});
