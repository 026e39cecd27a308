/**
 * The real start-up path: a separate Node process loads the compiled app with NODE_ENV=production,
 * as `npm start` would, without secrets and with them; and in development, where missing secrets
 * are generated once.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { TEST_SECRETS as SECRETS } from './harness/strapi';

const appDir = path.resolve(__dirname, '..');

/**
 * Loads the compiled app in a separate Node process, as `npm start` / `npm run develop` would, with
 * only `vars` and the given secrets in its environment. `envPath` is its ENV_PATH: where Strapi
 * reads a .env from and where development writes generated secrets (never the developer's own).
 */
const load = (nodeEnv: string, secrets: Record<string, string>, envPath: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-load-'));
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  Object.assign(env, secrets, {
    NODE_ENV: nodeEnv,
    ENV_PATH: envPath,
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'data.db'),
    NEWSROOM_SAMPLE_STORIES: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
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

const tmpEnvPath = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-env-')), 'app.env');
const appEnvFile = path.join(appDir, '.env');
const appEnvState = () => (fs.existsSync(appEnvFile) ? fs.readFileSync(appEnvFile, 'utf8') : null);

const loadInProduction = (secrets: Record<string, string>) => {
  const envPath = tmpEnvPath();
  const before = appEnvState();
  const result = load('production', secrets, envPath);
  return { ...result, wroteSecrets: fs.existsSync(envPath) || appEnvState() !== before };
};

describe('production start', () => {
  it('fails without secrets and says which are missing', () => {
    const result = loadInProduction({});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Refusing to start in production without these secrets: APP_KEYS, API_TOKEN_SALT, ADMIN_JWT_SECRET, TRANSFER_TOKEN_SALT, JWT_SECRET, ENCRYPTION_KEY'
    );
    expect(result.wroteSecrets).toBe(false);
  });

  it('fails when only one secret is missing', () => {
    const { JWT_SECRET, ...rest } = SECRETS;
    const result = loadInProduction(rest);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/without these secrets: JWT_SECRET\./);
    expect(result.wroteSecrets).toBe(false);
  });

  it('starts when every secret is set', () => {
    const result = loadInProduction(SECRETS);
    expect(result.stderr).not.toMatch(/Refusing to start/);
    expect(result.status).toBe(0);
  });
});

describe('development start', () => {
  // The other side of "production writes nothing": the same check sees the file development writes.
  it('generates the missing secrets into ENV_PATH once, and the next start reads them back', () => {
    const envPath = tmpEnvPath();
    const first = load('development', {}, envPath);
    expect(first.status).toBe(0);
    const written = fs.readFileSync(envPath, 'utf8');
    for (const name of Object.keys(SECRETS)) expect(written).toMatch(new RegExp(`^${name}=.+$`, 'm'));

    const second = load('development', {}, envPath);
    expect(second.status).toBe(0);
    expect(fs.readFileSync(envPath, 'utf8')).toBe(written);
    fs.rmSync(path.dirname(envPath), { recursive: true, force: true });
  });
});
