/**
 * The command line of `npm run import`: story files and folders, the locale, whether to publish.
 */
import { parseArgs } from 'node:util';

export type BatchArgs = {
  /** Files (or folders) named on the command line, in the order given. */
  paths: string[];
  /** Folders given with `--dir`: their `.txt` files, subfolders included. */
  dirs: string[];
  locale?: string;
  publish: boolean;
  help: boolean;
};

export const USAGE = `Usage: npm run import -- FILE... [--dir DIR] [--locale ar] [--publish]

Imports story text files (one story per file, UTF-8) through the news-import plugin, as the
import API does: one transaction per story, and a text already imported is skipped, so a batch
that stopped half-way can simply be run again.

  FILE...        story files; a folder stands for its .txt files
  --dir DIR      every .txt file under DIR (repeatable)
  --locale CODE  the locale to import into (default: the default locale)
  --publish      publish the new articles (default: drafts)
  --help         this text

Exit code: 0 when every file was imported or already in, 1 when any failed, 2 for a wrong command.`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const parseBatchArgs = (argv: string[]): BatchArgs => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        dir: { type: 'string', multiple: true },
        locale: { type: 'string' },
        publish: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const args: BatchArgs = {
    paths: positionals,
    dirs: values.dir ?? [],
    locale: values.locale,
    publish: Boolean(values.publish),
    help: Boolean(values.help),
  };
  if (!args.help && args.paths.length === 0 && args.dirs.length === 0) {
    throw new UsageError('Name at least one story file or a folder (--dir DIR).');
  }
  if (args.locale !== undefined && args.locale.trim() === '') throw new UsageError('--locale needs a locale code.');
  return args;
};
