import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';

import { ensureSecrets, MissingSecretsError, REQUIRED_SECRETS } from '../secrets';

const tmpEnvFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-')), '.env');

const allSecrets = () => Object.fromEntries(REQUIRED_SECRETS.map((name) => [name, `value-of-${name}`]));

describe('ensureSecrets', () => {
  it('generates every missing secret once in development and writes them to .env', () => {
    const envFile = tmpEnvFile();
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'development' };
    ensureSecrets({ env, envFile });

    for (const name of REQUIRED_SECRETS) expect(env[name]).toBeTruthy();
    expect(env.APP_KEYS!.split(',')).toHaveLength(4);
    const written = fs.readFileSync(envFile, 'utf8');
    for (const name of REQUIRED_SECRETS) expect(written).toContain(`${name}=${env[name]}`);

    // Idempotent: the next start begins with nothing but what it reads back from .env (Strapi loads
    // it with dotenv; util.parseEnv reads the same syntax) and generates nothing new.
    const next: NodeJS.ProcessEnv = { NODE_ENV: 'development', ...parseEnv(written) };
    ensureSecrets({ env: next, envFile });
    expect(fs.readFileSync(envFile, 'utf8')).toBe(written);
    for (const name of REQUIRED_SECRETS) expect(next[name]).toBe(env[name]);
  });

  it('writes to ENV_PATH when it is set, the file Strapi loads instead of .env', () => {
    const envFile = tmpEnvFile();
    const elsewhere = path.join(path.dirname(envFile), 'custom.env');
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'development', ENV_PATH: elsewhere };
    ensureSecrets({ env });
    const written = parseEnv(fs.readFileSync(elsewhere, 'utf8'));
    for (const name of REQUIRED_SECRETS) expect(written[name]).toBe(env[name]);
    expect(fs.existsSync(envFile)).toBe(false);
  });

  it('keeps what .env already has and only appends what is missing', () => {
    const envFile = tmpEnvFile();
    fs.writeFileSync(envFile, 'HOST=127.0.0.1');
    const env: NodeJS.ProcessEnv = { ...allSecrets(), JWT_SECRET: '' };
    ensureSecrets({ env, envFile });
    const written = fs.readFileSync(envFile, 'utf8');
    expect(written.startsWith('HOST=127.0.0.1\n')).toBe(true);
    expect(written).toMatch(/^JWT_SECRET=.+$/m);
    expect(written).not.toContain('APP_KEYS=');
    expect(env.APP_KEYS).toBe('value-of-APP_KEYS');
  });

  it('refuses to start in production and names what is missing', () => {
    const envFile = tmpEnvFile();
    const env: NodeJS.ProcessEnv = { ...allSecrets(), NODE_ENV: 'production' };
    delete env.ADMIN_JWT_SECRET;
    delete env.ENCRYPTION_KEY;

    expect(() => ensureSecrets({ env, envFile })).toThrow(MissingSecretsError);
    expect(() => ensureSecrets({ env, envFile })).toThrow(
      /without these secrets: ADMIN_JWT_SECRET, ENCRYPTION_KEY/
    );
    expect(fs.existsSync(envFile)).toBe(false);
  });

  it('lets `strapi build` bundle the admin in production without secrets, and generates none', () => {
    const envFile = tmpEnvFile();
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'production' };
    for (const bin of ['/app/node_modules/.bin/strapi', '/app/node_modules/@strapi/strapi/bin/strapi.js']) {
      expect(() => ensureSecrets({ env, envFile, argv: ['node', bin, 'build'] })).not.toThrow();
    }
    expect(() => ensureSecrets({ env, envFile, argv: ['node', '/app/node_modules/.bin/strapi', 'start'] })).toThrow(
      MissingSecretsError
    );
    expect(env.APP_KEYS).toBeUndefined();
    expect(fs.existsSync(envFile)).toBe(false);
  });

  it('does nothing in production when every secret is set', () => {
    const envFile = tmpEnvFile();
    const env: NodeJS.ProcessEnv = { ...allSecrets(), NODE_ENV: 'production' };
    expect(() => ensureSecrets({ env, envFile })).not.toThrow();
    expect(fs.existsSync(envFile)).toBe(false);
  });
});
