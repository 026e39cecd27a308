export type NewsImportConfig = {
  /** Largest story text accepted, in characters. */
  maxTextLength: number;
};

export default {
  default: {
    maxTextLength: 200_000,
  } satisfies NewsImportConfig,
  validator(config: NewsImportConfig) {
    if (!Number.isInteger(config.maxTextLength) || config.maxTextLength <= 0) {
      throw new Error('news-import: maxTextLength must be a positive integer.');
    }
  },
};
