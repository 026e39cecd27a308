/**
 * Settings of this newsroom app itself (read as `strapi.config.get('newsroom.…')`).
 */
export default ({ env }) => ({
  // First boot imports and publishes the sample stories of database/seed/stories, so a fresh
  // `npm run develop` has real content to browse. Off in production: demo content has no place there.
  sampleStories: env.bool('NEWSROOM_SAMPLE_STORIES', env('NODE_ENV') !== 'production'),
});
