#!/usr/bin/env node
/**
 * Builds the local `news-import` plugin when its sources changed since the last build.
 *
 * Strapi silently skips a local plugin that has no `dist/`, and happily runs a stale one, so every
 * entry point (install, develop, build, start, test) calls this first. A hash of the plugin's
 * sources is kept beside the build; `--force` rebuilds regardless.
 */
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const pluginDir = path.resolve(__dirname, '..', 'src', 'plugins', 'news-import');
const stampFile = path.join(pluginDir, 'dist', '.source-hash');
// The plugin's folder is the whole import feature (language and matching cores included).
const sourceRoots = ['admin', 'server', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

function listFiles(entry) {
  const full = path.join(pluginDir, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [full];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((dirent) => listFiles(path.join(entry, dirent.name)))
    .sort();
}

function sourceHash() {
  const hash = crypto.createHash('sha256');
  for (const file of sourceRoots.flatMap(listFiles)) {
    hash.update(path.relative(pluginDir, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

function main() {
  if (!fs.existsSync(path.join(pluginDir, 'package.json'))) {
    console.error(`[news-import] plugin not found at ${pluginDir}`);
    process.exit(1);
  }
  const force = process.argv.includes('--force');
  const hash = sourceHash();
  const built = fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === hash;
  if (built && !force) return;

  const bin = path.resolve(__dirname, '..', 'node_modules', '.bin', 'strapi-plugin');
  if (!fs.existsSync(bin)) {
    console.error('[news-import] @strapi/sdk-plugin is not installed; run `npm install` first.');
    process.exit(1);
  }
  console.log('[news-import] building the plugin...');
  const result = spawnSync(bin, ['build', '--silent'], { cwd: pluginDir, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stampFile, hash);
}

if (require.main === module) main();

module.exports = { sourceHash, stampFile };
