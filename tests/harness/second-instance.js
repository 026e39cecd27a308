/**
 * A second app process on the test's database, as a newsroom scales Strapi out: several stateless
 * instances behind a load balancer on one PostgreSQL. Started by tests with the first instance's
 * environment; prints `READY <url>` once it listens, and stops on SIGTERM.
 */
'use strict';

const path = require('node:path');

const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

(async () => {
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  strapi.log.level = process.env.TEST_LOG_LEVEL ?? 'error';
  await strapi.load();
  await strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address();
  process.stdout.write(`READY http://127.0.0.1:${port}\n`);
  process.on('SIGTERM', async () => {
    await strapi.destroy();
    process.exit(0);
  });
})().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
