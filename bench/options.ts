/** Command-line options of the bench tools: `--name value`, with a fallback. */
export const option = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};

export const num = (name: string, fallback: number): number => Number(option(name, String(fallback)));
