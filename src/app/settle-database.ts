/**
 * Waits (briefly) until no query holds or waits for a connection. Strapi finishes some writes
 * after the work that caused them (an API token's `lastUsedAt`, webhook and event listeners run
 * after a commit); destroying the pool under them makes knex abort them with "aborted".
 * Used before `strapi.destroy()` by the batch import and the test harness.
 */
import type { Core } from '@strapi/strapi';

export const settleDatabase = async (strapi: Core.Strapi, timeoutMs = 3000): Promise<void> => {
  const pool = (strapi.db?.connection as any)?.client?.pool;
  if (!pool?.numUsed) return;
  for (let waited = 0; waited < timeoutMs && pool.numUsed() + pool.numPendingAcquires() > 0; waited += 25) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};
