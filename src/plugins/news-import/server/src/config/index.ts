import { DEFAULT_STORY_LIMITS, type StoryLimits } from '../language/limits';

export type NewsImportConfig = StoryLimits & {
  /** Largest story text accepted, in characters. */
  maxTextLength: number;
};

export default {
  default: {
    maxTextLength: 200_000,
    ...DEFAULT_STORY_LIMITS,
  } satisfies NewsImportConfig,
  validator(config: NewsImportConfig) {
    for (const name of ['maxTextLength', 'maxLineLength', 'maxRelatedHeadlines'] as const) {
      if (!Number.isInteger(config[name]) || config[name] <= 0) {
        throw new Error(`news-import: ${name} must be a positive integer.`);
      }
    }
  },
};
