/**
 * An app process that dies in the middle of an import. Boots on the test's database (the
 * environment the parent test gives), posts one import to itself, and at the point KILL_POINT
 * names, inside the import's transaction, prints one line
 *
 *   IN_TRANSACTION {"point":…,"inTransaction":true,"articles":…,"links":…,"officials":…,"sources":…}
 *
 * with the rows that transaction sees, then waits there for the parent's SIGKILL. The hooks live
 * in this script only; the app has none.
 *
 *   KILL_POINT    after-claim | after-official | after-article | after-links | after-publish | before-commit
 *   IMPORT_BODY   the JSON body of POST /api/news-import/import
 *   IMPORT_TOKEN  an API token allowed to import
 *
 * The import writes, in order: the idempotency claim, new officials, the article (with its
 * title-index rows and the later-arrival updates of other stories' links), each related link (with
 * its link-index rows), the editor's decisions, the publication, the claim's binding; then commits.
 */
'use strict';

const { runScript, startInstance } = require('./instance');

const ARTICLE = 'api::article.article';
const OFFICIAL = 'api::official.official';
const RELATED_LINK = 'api::related-link.related-link';
const POINTS = ['after-claim', 'after-official', 'after-article', 'after-links', 'after-publish', 'before-commit'];

const point = process.env.KILL_POINT;

/** Reports what the import's transaction has written so far, then never returns. */
const stopHere = async (strapi) => {
  const count = (uid) => strapi.db.query(uid).count();
  // Joins the import's transaction (Strapi reuses the current one), so it sees its claim.
  const claims = await strapi.db.transaction(({ trx }) => trx('news_import_sources').count({ n: '*' }).first());
  const seen = {
    point,
    inTransaction: strapi.db.inTransaction(),
    articles: await count(ARTICLE),
    links: await count(RELATED_LINK),
    officials: await count(OFFICIAL),
    sources: Number(claims.n),
  };
  process.stdout.write(`IN_TRANSACTION ${JSON.stringify(seen)}\n`);
  return new Promise(() => {});
};

/** Stops the import at `point`: around a step of the plugin's idempotency record, or a Document Service write. */
const installHook = (strapi) => {
  const sources = strapi.plugin('news-import').service('sources');
  for (const [method, before, after] of [
    ['claim', null, 'after-claim'],
    ['bind', 'after-publish', 'before-commit'],
  ]) {
    const original = sources[method].bind(sources);
    sources[method] = async (...args) => {
      if (point === before) await stopHere(strapi);
      const result = await original(...args);
      if (point === after) await stopHere(strapi);
      return result;
    };
  }
  // Registered after the app's middlewares, so it runs innermost: "before a write" here comes after
  // everything the previous write derived (title index, later arrivals, link index).
  strapi.documents.use(async (context, next) => {
    const is = (uid, action) => context.uid === uid && context.action === action;
    if (point === 'after-article' && is(RELATED_LINK, 'create')) await stopHere(strapi);
    if (point === 'after-links' && is(ARTICLE, 'publish')) await stopHere(strapi);
    const result = await next();
    if (point === 'after-official' && is(OFFICIAL, 'create')) await stopHere(strapi);
    return result;
  });
};

runScript(async () => {
  if (!POINTS.includes(point)) throw new Error(`KILL_POINT must be one of ${POINTS.join(', ')}; got ${point}`);
  const { strapi, url } = await startInstance();
  installHook(strapi);
  const response = await fetch(`${url}/api/news-import/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.IMPORT_TOKEN}` },
    body: process.env.IMPORT_BODY,
  });
  // Reached only when the import never passed the point: the parent reads this as a failure.
  process.stdout.write(`IMPORT_FINISHED ${response.status} ${await response.text()}\n`);
  process.exit(1);
});
