/**
 * The real start-up path: a separate Node process loads the compiled app with NODE_ENV=production,
 * as `npm start` would, once without secrets and once with them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { TEST_SECRETS as SECRETS } from './harness/strapi';

const appDir = path.resolve(__dirname, '..');

const loadInProduction = (secrets: Record<string, string>) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-prod-'));
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  Object.assign(env, secrets, {
    NODE_ENV: 'production',
    ENV_PATH: path.join(dir, 'absent.env'), // never the developer's own .env
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'data.db'),
  });
  const script = `
    const { createStrapi } = require('@strapi/strapi');
    createStrapi({ appDir: ${JSON.stringify(appDir)}, distDir: ${JSON.stringify(path.join(appDir, 'dist'))} })
      .load()
      .then(async (app) => { await app.destroy(); process.exit(0); })
      .catch((error) => { console.error(error.message); process.exit(1); });
  `;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: appDir, env, encoding: 'utf8', timeout: 120000 });
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
};

describe('production start', () => {
  it('fails without secrets and says which are missing', () => {
    const result = loadInProduction({});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Refusing to start in production without these secrets: APP_KEYS, API_TOKEN_SALT, ADMIN_JWT_SECRET, TRANSFER_TOKEN_SALT, JWT_SECRET, ENCRYPTION_KEY'
    );
    expect(fs.existsSync(path.join(appDir, 'absent.env'))).toBe(false);
  });

  it('fails when only one secret is missing', () => {
    const { JWT_SECRET, ...rest } = SECRETS;
    const result = loadInProduction(rest);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/without these secrets: JWT_SECRET\./);
  });

  it('starts when every secret is set', () => {
    const result = loadInProduction(SECRETS);
    expect(result.stderr).not.toMatch(/Refusing to start/);
    expect(result.status).toBe(0);
  });
});
