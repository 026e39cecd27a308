/**
 * Compiles the app (TypeScript -> dist/, as `strapi develop` does) when its sources changed since
 * the last compile by this script: a command that boots the app headless (`npm run import`) must
 * run from a fresh clone, yet not pay for a compile on every run. A hash of the compiled sources is
 * kept beside the output, as scripts/build-plugin.js does for the plugin.
 */
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const appDir = path.resolve(__dirname, '..');
const distDir = path.join(appDir, 'dist');
const stampFile = path.join(distDir, '.source-hash');
// What tsconfig.json compiles; the admin and the plugin are built by their own tools.
const roots = ['config', 'src', 'tsconfig.json', 'package.json'];
const skipped = new Set(['admin', '__tests__', 'dist', 'node_modules']);

const listFiles = (entry) => {
  const full = path.join(appDir, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return /\.(ts|js|json)$/.test(entry) ? [full] : [];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((dirent) => !skipped.has(dirent.name))
    .flatMap((dirent) => listFiles(path.join(entry, dirent.name)))
    .sort();
};

const sourceHash = () => {
  const hash = crypto.createHash('sha256');
  for (const file of roots.flatMap(listFiles)) {
    hash.update(path.relative(appDir, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
};

/** Compiles unless dist/ was compiled from these very sources; returns the dist folder. */
const ensureCompiled = async () => {
  const hash = sourceHash();
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === hash) return distDir;
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir, ignoreDiagnostics: true });
  fs.writeFileSync(stampFile, hash);
  return distDir;
};

if (require.main === module) {
  ensureCompiled().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { appDir, distDir, ensureCompiled };
