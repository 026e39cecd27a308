export default [
  'strapi::logger',
  'strapi::errors',
  // After strapi::errors: a 4xx from a parser is answered without an error-level stack trace.
  'global::client-errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  {
    name: 'strapi::body',
    config: {
      // Pasted stories are a few KB; the import route sets its own, stricter limit on the text.
      jsonLimit: '2mb',
      formLimit: '2mb',
      textLimit: '2mb',
    },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
