/** The plugin's RBAC actions, as the admin's `useRBAC`, `Page.Protect` and menu links take them. */
export const PERMISSIONS = {
  import: [{ action: 'plugin::news-import.import', subject: null }],
  review: [{ action: 'plugin::news-import.review', subject: null }],
};

/** Strapi's own webhook actions: the Links webhooks page asks no more than Settings -> Webhooks. */
export const WEBHOOK_PERMISSIONS = {
  read: [{ action: 'admin::webhooks.read', subject: null }],
  create: [{ action: 'admin::webhooks.create', subject: null }],
  update: [{ action: 'admin::webhooks.update', subject: null }],
};
