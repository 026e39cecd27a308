/**
 * Boots the compiled app as a process of its own on the test's database (the environment the
 * parent test gives: DATABASE_*, secrets), listening on a free port of 127.0.0.1. Shared by the
 * harness scripts tests start as child processes (./second-instance.js, ./import-in-flight.js).
 */
'use strict';

const path = require('node:path');

const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

/** Loads and mounts the app, listens; resolves to the Strapi instance and its base URL. */
const startInstance = async () => {
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  strapi.log.level = process.env.TEST_LOG_LEVEL ?? 'error';
  await strapi.load();
  await strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address();
  return { strapi, url: `http://127.0.0.1:${port}` };
};

/** Runs a harness script's main: a failure is printed to stderr and ends the process with 1. */
const runScript = (main) =>
  main().catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });

module.exports = { startInstance, runScript };
