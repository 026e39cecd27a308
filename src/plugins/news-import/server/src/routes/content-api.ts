/**
 * `/api/news-import/...`: for API tokens (full access, or custom tokens granted these actions) and
 * users-permissions roles granted them in Settings -> Users & Permissions. Never public by default.
 */
const route = (path: string, handler: string) => ({
  method: 'POST',
  path,
  handler: `news-import.${handler}`,
  config: { policies: [] as string[] },
});

export default {
  type: 'content-api',
  routes: [
    route('/preview', 'preview'),
    route('/import', 'import'),
    route('/relink', 'relink'),
    { ...route('/links/:documentId/accept', 'accept'), handler: 'review.accept' },
    { ...route('/links/:documentId/reject', 'reject'), handler: 'review.reject' },
    { ...route('/translation-queue', 'queue'), method: 'GET', handler: 'translations.queue' },
  ],
};
