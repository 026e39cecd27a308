import { env } from '@strapi/utils';

import pluginsConfig from '../../../config/plugins';
import { REQUIRED_SECRETS } from '../secrets';

/** The Apollo options config/plugins.ts gives for NODE_ENV `nodeEnv` (secrets set, nothing written). */
const apolloServerWith = (nodeEnv: string | undefined) => {
  const names = ['NODE_ENV', ...REQUIRED_SECRETS];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  for (const name of REQUIRED_SECRETS) process.env[name] = `test-${name}`;
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  try {
    return (pluginsConfig({ env }) as any).graphql.config.apolloServer;
  } finally {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
};

describe('config/plugins: GraphQL error answers', () => {
  it('carry stack traces only in development', () => {
    expect(apolloServerWith('development').includeStacktraceInErrorResponses).toBe(true);
  });

  it.each(['production', 'test', 'staging', undefined])('carry no stack trace with NODE_ENV=%s', (nodeEnv) => {
    expect(apolloServerWith(nodeEnv).includeStacktraceInErrorResponses).toBe(false);
  });
});
