/**
 * Secrets the app cannot start without.
 *
 * In development a missing secret is generated once and appended to the git-ignored `.env`, so a
 * fresh clone boots with `npm run develop` and keeps its sessions across restarts. In production a
 * generated secret would silently log everybody out on every deploy (or differ between replicas),
 * so the app refuses to start and names what is missing instead.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

export type SecretName = (typeof REQUIRED_SECRETS)[number];

export class MissingSecretsError extends Error {
  constructor(public readonly missing: string[]) {
    super(
      `Refusing to start in production without these secrets: ${missing.join(', ')}. ` +
        'Set them in the environment (APP_KEYS is a comma-separated list of keys); ' +
        'see README.md, "Secrets".'
    );
    this.name = 'MissingSecretsError';
  }
}

const randomSecret = () => crypto.randomBytes(32).toString('base64');

export const generateSecret = (name: SecretName): string =>
  name === 'APP_KEYS' ? Array.from({ length: 4 }, randomSecret).join(',') : randomSecret();

export const missingSecrets = (env: NodeJS.ProcessEnv): SecretName[] =>
  REQUIRED_SECRETS.filter((name) => !env[name] || env[name]!.trim() === '');

/** The app's root: the nearest folder above this file (source or compiled) with a package.json. */
export const findAppDir = (from = __dirname): string => {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
};

/**
 * `strapi build` loads the configuration to bundle the admin panel but never serves a request, and
 * images are usually built with NODE_ENV=production and no secrets at hand: it must not be refused.
 */
export const isAdminBuild = (argv: string[] = process.argv): boolean =>
  path.basename(argv[1] ?? '').startsWith('strapi') && argv[2] === 'build';

interface EnsureOptions {
  env?: NodeJS.ProcessEnv;
  envFile?: string;
  argv?: string[];
}

/**
 * Makes sure every required secret is set in `env`; generates and persists missing ones outside
 * production. Idempotent: once set, nothing is generated again.
 */
export const ensureSecrets = ({
  env = process.env,
  // Strapi loads ENV_PATH when it is set (and `.env` otherwise): secrets go where the next start reads.
  envFile = env.ENV_PATH ? path.resolve(env.ENV_PATH) : path.join(findAppDir(), '.env'),
  argv = process.argv,
}: EnsureOptions = {}): void => {
  const missing = missingSecrets(env);
  if (missing.length === 0) return;
  if (env.NODE_ENV === 'production') {
    if (isAdminBuild(argv)) return;
    throw new MissingSecretsError(missing);
  }

  const lines = missing.map((name) => {
    env[name] = generateSecret(name);
    return `${name}=${env[name]}`;
  });
  const existing = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : '';
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  fs.writeFileSync(
    envFile,
    `${existing}${separator}# Generated for development on first start; never commit this file.\n${lines.join('\n')}\n`
  );
};
