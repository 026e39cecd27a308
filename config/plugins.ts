import { operationLimits } from '../src/app/graphql-limits';
import { ensureSecrets } from '../src/app/secrets';

export default ({ env }) => {
  ensureSecrets();
  return {
    'users-permissions': {
      config: {
        jwtSecret: env('JWT_SECRET'),
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // An article populates officials, related links and their targets: 7 levels is enough for
        // every real query and stops pathological nesting.
        depthLimit: 7,
        defaultLimit: 25,
        maxLimit: 100,
        landingPage: env('NODE_ENV') !== 'production',
        apolloServer: {
          introspection: true,
          // Appended to the plugin's own rules (its merge concatenates arrays): depthLimit still applies.
          validationRules: [
            operationLimits({
              maxAliases: 20,
              expensiveFields: ['newsImportPreview', 'importArticle'],
              maxExpensiveFields: 2,
            }),
          ],
          // Apollo adds stack traces (absolute paths of this server) to error answers unless
          // NODE_ENV is `production` or `test`: a staging host, or `npm start` without NODE_ENV,
          // would send them. Only `npm run develop` gets them.
          includeStacktraceInErrorResponses: env('NODE_ENV') === 'development',
        },
      },
    },
    'news-import': {
      // Off only to measure the app without it (`npm run bench`); the newsroom always runs it.
      enabled: env.bool('NEWS_IMPORT_ENABLED', true),
      resolve: './src/plugins/news-import',
      config: {
        // Per caller (API token, user, admin, or IP), per operation, per instance.
        rateLimit: {
          enabled: env.bool('NEWS_IMPORT_RATE_LIMIT', true),
          max: env.int('NEWS_IMPORT_RATE_LIMIT_MAX', 300),
          intervalSeconds: env.int('NEWS_IMPORT_RATE_LIMIT_WINDOW', 60),
        },
      },
    },
  };
};
