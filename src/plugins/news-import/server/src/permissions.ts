/** The admin panel's RBAC actions of the plugin, shown in Settings -> Roles -> Plugins. */
export const ACTIONS = {
  import: 'plugin::news-import.import',
  review: 'plugin::news-import.review',
} as const;

export const ADMIN_ACTIONS = [
  { section: 'plugins', displayName: 'Import and preview stories', uid: 'import', pluginName: 'news-import' },
  {
    section: 'plugins',
    displayName: 'Review related links (relink, accept, reject)',
    uid: 'review',
    pluginName: 'news-import',
  },
];

/** The content-API actions, as users-permissions roles and custom API tokens name them. */
export const CONTENT_API_ACTIONS = {
  preview: 'plugin::news-import.news-import.preview',
  import: 'plugin::news-import.news-import.import',
  relink: 'plugin::news-import.news-import.relink',
  accept: 'plugin::news-import.review.accept',
  reject: 'plugin::news-import.review.reject',
  translationQueue: 'plugin::news-import.translations.queue',
} as const;
