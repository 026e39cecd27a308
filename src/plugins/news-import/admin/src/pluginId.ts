export const PLUGIN_ID = 'news-import';
