/**
 * Boots the compiled app in-process on a test database and gives supertest its HTTP server.
 *
 *   const app = await bootApp();          // fresh database
 *   await request(app.server).get('/api/articles');
 *   await app.restart();                  // same database, new Strapi: a second boot
 *   await app.stop();                     // and the database is dropped
 */
import path from 'node:path';

import { createStrapi } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';

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
  restart(): Promise<TestApp>;
  stop(): Promise<void>;
};

const start = async (database: TestDatabase): Promise<TestApp> => {
  Object.assign(process.env, TEST_SECRETS, database.env, {
    NODE_ENV: 'test',
    ENV_PATH: path.join(appDir, 'tests', 'harness', 'no.env'),
  });
  const strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false });
  strapi.log.level = process.env.TEST_LOG_LEVEL ?? 'error';
  await strapi.load();
  await strapi.server.mount();

  const close = async () => {
    await strapi.destroy();
  };
  return {
    strapi,
    server: strapi.server.httpServer,
    database,
    async restart() {
      await close();
      return start(database);
    },
    async stop() {
      await close();
      await database.drop();
    },
  };
};

export const bootApp = async (): Promise<TestApp> => start(await createTestDatabase());

/** A full-access API token, as an integrator would create in Settings -> API Tokens. */
export const fullAccessToken = async (strapi: Core.Strapi): Promise<string> => {
  const token = await strapi.service('admin::api-token').create({
    name: `test-${Date.now()}-${Math.random()}`,
    type: 'full-access',
    lifespan: null,
  } as any);
  return token.accessKey;
};
