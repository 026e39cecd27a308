/**
 * Boots the compiled app in-process on a test database and gives supertest its HTTP server.
 *
 *   const app = await bootApp();          // fresh database
 *   await request(app.server).get('/api/articles');
 *   await app.restart();                  // same database, new Strapi: a second boot
 *   await app.close();                    // Strapi stopped, the database kept (bootAppOn)
 *   await app.stop();                     // and the database is dropped
 */
import path from 'node:path';

import { createStrapi } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';

import { settleDatabase } from '../../src/app/settle-database';
import { createTestDatabase, type TestDatabase } from './database';

const appDir = path.resolve(__dirname, '..', '..');
const distDir = path.join(appDir, 'dist');

// Fixed secrets: tests never generate a .env, and production checks stay out of the way.
export const TEST_SECRETS = {
  APP_KEYS: 'test-key-1,test-key-2',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789abcdef',
};

export type TestApp = {
  strapi: Core.Strapi;
  server: Core.Strapi['server']['httpServer'];
  database: TestDatabase;
  /** Base URL when booted with `listen: true` (browser tests), e.g. http://127.0.0.1:41234. */
  url?: string;
  /** Listens on a free port (once) and gives its base URL: for many or concurrent requests. */
  listen(): Promise<string>;
  restart(): Promise<TestApp>;
  /** Stops Strapi and keeps the database, for another process to use alone (`bootAppOn` boots on it again). */
  close(): Promise<void>;
  stop(): Promise<void>;
};

export type BootOptions = {
  /** Serve the built admin panel (dist/build) and listen on a free port, for a real browser. */
  admin?: boolean;
  /** Import the sample stories on first boot, as `npm run develop` does (off by default in tests). */
  sampleStories?: boolean;
  /**
   * Rate-limit preview and import as in production (off by default in tests: the limiter's counts
   * live in process memory, and test files share one process and reuse token ids).
   */
  rateLimit?: boolean;
  /** NODE_ENV=production instead of test (the load run: `npm run load`). */
  production?: boolean;
};

const listen = (server: TestApp['server']): Promise<string> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '');
    });
  });

const start = async (database: TestDatabase, options: BootOptions = {}): Promise<TestApp> => {
  Object.assign(process.env, TEST_SECRETS, database.env, {
    NODE_ENV: options.production ? 'production' : 'test',
    // Telemetry opens HTTPS connections that, with no route out, keep jest alive for ~30 s.
    STRAPI_TELEMETRY_DISABLED: 'true',
    NEWSROOM_SAMPLE_STORIES: String(Boolean(options.sampleStories)),
    NEWS_IMPORT_RATE_LIMIT: String(Boolean(options.rateLimit)),
    ENV_PATH: path.join(appDir, 'tests', 'harness', 'no.env'),
  });
  const strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: Boolean(options.admin) });
  strapi.log.level = process.env.TEST_LOG_LEVEL ?? 'error';
  await strapi.load();
  await strapi.server.mount();
  const url = options.admin ? await listen(strapi.server.httpServer) : undefined;

  const close = async () => {
    await settleDatabase(strapi);
    await strapi.destroy();
  };
  const app: TestApp = {
    strapi,
    server: strapi.server.httpServer,
    database,
    url,
    async listen() {
      app.url ??= await listen(strapi.server.httpServer);
      return app.url;
    },
    async restart() {
      await close();
      return start(database, options);
    },
    close,
    async stop() {
      await close();
      await database.drop();
    },
  };
  return app;
};

export const bootApp = async (options: BootOptions = {}): Promise<TestApp> =>
  start(await createTestDatabase(), options);

/** Boots on a database that something else (a command run as a child process) already wrote. */
export const bootAppOn = (database: TestDatabase, options: BootOptions = {}): Promise<TestApp> =>
  start(database, options);

/** A super admin who can sign in to the admin panel, as the first-visit registration creates. */
export const createSuperAdmin = async (strapi: Core.Strapi) => {
  const credentials = { email: 'editor@newsroom.test', password: 'Newsroom-Test-2024' };
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    firstname: 'Test',
    lastname: 'Editor',
    ...credentials,
    roles: [superAdmin.id],
    isActive: true,
  });
  return credentials;
};

/** A full-access API token, as an integrator would create in Settings -> API Tokens. */
export const fullAccessToken = async (strapi: Core.Strapi): Promise<string> => {
  const token = await strapi.service('admin::api-token').create({
    name: `test-${Date.now()}-${Math.random()}`,
    type: 'full-access',
    lifespan: null,
  } as any);
  return token.accessKey;
};

export type Credentials = { email: string; password: string };

/** A built-in admin role by code (`strapi-editor`, `strapi-author`), or a new role of that name. */
export const adminRole = async (strapi: Core.Strapi, { code, name }: { code?: string; name?: string }) => {
  if (code) return strapi.db.query('admin::role').findOne({ where: { code } });
  return strapi.service('admin::role').create({ name, description: `${name} (test)` });
};

/** Grants admin actions with no subject (plugin and settings actions) to a role, as Settings -> Roles does. */
export const grantActions = (strapi: Core.Strapi, roleId: number, actions: string[]) =>
  strapi
    .service('admin::role')
    .addPermissions(roleId, actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })));

/** An active admin user with one role, who can sign in with the returned credentials. */
export const createAdminUser = async (strapi: Core.Strapi, roleId: number, credentials: Credentials) => {
  const [firstname] = credentials.email.split('@');
  await strapi.service('admin::user').create({ firstname, lastname: 'Test', ...credentials, roles: [roleId], isActive: true });
  return credentials;
};
