import fs from 'node:fs';
import path from 'node:path';

import { bootApp, type TestApp } from './harness/strapi';

const OFFICIAL = 'api::official.official';

let app: TestApp;

const gazetteer = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'database', 'seed', 'officials.json'), 'utf8')
);

const snapshot = async (a: TestApp) => ({
  officials: await a.strapi.db.query(OFFICIAL).count(),
  locales: (await a.strapi.plugin('i18n').service('locales').find()).length,
  defaultLocale: await a.strapi.plugin('i18n').service('locales').getDefaultLocale(),
  permissions: await a.strapi.db.query('plugin::users-permissions.permission').count(),
});

beforeAll(async () => {
  app = await bootApp();
});

afterAll(async () => {
  await app?.stop();
});

const findOfficial = (name: string, locale: string) =>
  app.strapi.documents(OFFICIAL).findFirst({ locale, filters: { name } });

describe('first boot', () => {
  it('loads every gazetteer entry in ar and en as one document per person', async () => {
    const count = gazetteer.officials.length;
    expect(await app.strapi.documents(OFFICIAL).count({ locale: 'ar' })).toBe(count);
    expect(await app.strapi.documents(OFFICIAL).count({ locale: 'en' })).toBe(count);

    for (const entry of gazetteer.officials) {
      const ar = await findOfficial(entry.ar.name, 'ar');
      const en = await findOfficial(entry.en.name, 'en');
      expect(ar).toMatchObject({ role: entry.ar.role, honorific: entry.ar.honorific, country: entry.ar.country });
      expect(ar!.aliases).toEqual(entry.ar.aliases);
      expect(en).toMatchObject({ role: entry.en.role, country: entry.en.country });
      expect(en!.documentId).toBe(ar!.documentId);
    }
  });

  it('covers the officials of the sample story and its related list', async () => {
    const expected = [
      ['Abdel Fattah el-Sisi', 'عبد الفتاح السيسي', 'الرئيس'],
      ['Antony Blinken', 'أنتوني بلينكن', null],
      ['Abbas Kamel', 'عباس كامل', 'اللواء'],
      ['Sameh Shoukry', 'سامح شكري', null],
      ['Ilham Aliyev', 'إلهام علييف', 'الرئيس'],
      ['Bassam Rady', 'بسام راضي', 'السفير'],
      ['Tawadros II', 'تواضروس الثاني', 'البابا'],
      ['Mohamed Morsi', 'محمد مرسي', null],
    ];
    for (const [en, ar, honorific] of expected) {
      const official = await findOfficial(ar!, 'ar');
      expect(official).not.toBeNull();
      if (honorific) expect(official!.honorific).toBe(honorific);
      expect((await findOfficial(en!, 'en'))?.documentId).toBe(official!.documentId);
    }
    expect((await findOfficial('أنتوني بلينكن', 'ar'))!.role).toBe('وزير الخارجية الأمريكي');
    expect((await findOfficial('عبد الفتاح السيسي', 'ar'))!.aliases).toEqual(
      expect.arrayContaining(['السيسي', 'السيسى', 'عبدالفتاح السيسي'])
    );
  });

  it('gives officials Arabic slugs in ar and Latin slugs in en', async () => {
    expect((await findOfficial('عبد الفتاح السيسي', 'ar'))!.slug).toBe('عبد-الفتاح-السيسي');
    expect((await findOfficial('Abdel Fattah el-Sisi', 'en'))!.slug).toBe('abdel-fattah-el-sisi');
  });

  it('a second boot changes nothing', async () => {
    const before = await snapshot(app);
    app = await app.restart();
    expect(await snapshot(app)).toEqual(before);
  });

  it('respects what an admin changed: a deleted official and a revoked grant stay gone', async () => {
    const morsi = await findOfficial('محمد مرسي', 'ar');
    await app.strapi.documents(OFFICIAL).delete({ documentId: morsi!.documentId, locale: '*' });
    const publicRole = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .deleteMany({ where: { role: publicRole.id, action: 'api::official.official.find' } });

    app = await app.restart();

    expect(await findOfficial('محمد مرسي', 'ar')).toBeNull();
    const grants = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .count({ where: { role: publicRole.id, action: 'api::official.official.find' } });
    expect(grants).toBe(0);
  });
});
