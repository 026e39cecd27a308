/**
 * A second app process on the test's database, as a newsroom scales Strapi out: several stateless
 * instances behind a load balancer on one PostgreSQL. Started by tests with the first instance's
 * environment; prints `READY <url>` once it listens, and stops on SIGTERM.
 */
'use strict';

const { runScript, startInstance } = require('./instance');

runScript(async () => {
  const { strapi, url } = await startInstance();
  process.stdout.write(`READY ${url}\n`);
  process.on('SIGTERM', async () => {
    await strapi.destroy();
    process.exit(0);
  });
});
