import { DEFAULT_STORY_LIMITS, type StoryLimits } from '../language/limits';
import type { RateLimitConfig } from '../services/rate-limit';

export type NewsImportConfig = StoryLimits & {
  /** Largest story text accepted, in characters. */
  maxTextLength: number;
  /** Calls to preview and to import per caller and interval; generous by default. */
  rateLimit: RateLimitConfig;
};

export default {
  default: {
    maxTextLength: 200_000,
    ...DEFAULT_STORY_LIMITS,
    rateLimit: { enabled: true, max: 300, intervalSeconds: 60 },
  } satisfies NewsImportConfig,
  validator(config: NewsImportConfig) {
    const { rateLimit } = config;
    if (typeof rateLimit?.enabled !== 'boolean' || !(rateLimit.max > 0) || !(rateLimit.intervalSeconds > 0)) {
      throw new Error('news-import: rateLimit needs enabled (boolean), max and intervalSeconds (positive numbers).');
    }
    for (const name of ['maxTextLength', 'maxLineLength', 'maxRelatedHeadlines'] as const) {
      if (!Number.isInteger(config[name]) || config[name] <= 0) {
        throw new Error(`news-import: ${name} must be a positive integer.`);
      }
    }
  },
};
