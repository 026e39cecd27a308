/**
 * Compiles the app (TypeScript -> dist/) once for the whole integration run, as `strapi develop`
 * would; every test file then boots from dist/ on its own fresh database.
 */
import { compileStrapi } from '@strapi/strapi';

export default async function globalSetup() {
  await compileStrapi({ appDir: process.cwd(), ignoreDiagnostics: false });
}
