/** The plugin's RBAC actions, as the admin's `useRBAC`, `Page.Protect` and menu links take them. */
export const PERMISSIONS = {
  import: [{ action: 'plugin::news-import.import', subject: null }],
  review: [{ action: 'plugin::news-import.review', subject: null }],
};
