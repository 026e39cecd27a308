/**
 * Builds the news-import plugin when its sources changed (so `npx jest` and `npm run test:pg` never
 * boot a stale plugin), then compiles the app (TypeScript -> dist/) once for the whole integration
 * run, as `strapi develop` would; every test file then boots from dist/ on its own fresh database.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { compileStrapi } from '@strapi/strapi';

export default async function globalSetup() {
  execFileSync(process.execPath, [path.join(process.cwd(), 'scripts', 'build-plugin.js')], { stdio: 'inherit' });
  await compileStrapi({ appDir: process.cwd(), ignoreDiagnostics: false });
}
