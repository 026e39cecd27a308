/**
 * `npm run import` once the app is compiled (scripts/import.js): boots Strapi headless (no HTTP
 * server, no admin panel) on the database the environment names, as the app itself would
 * (`DATABASE_CLIENT`, `DATABASE_URL`, `DATABASE_FILENAME`…, or `.env`), and runs the batch through
 * the news-import plugin's `batch` service.
 */
import { createStrapi } from '@strapi/strapi';

import { settleDatabase } from '../app/settle-database';
import { parseBatchArgs, USAGE, UsageError } from './args';
import { countStoryFiles, storyFiles } from './files';
import { reporterFor, summaryTable } from './report';
import { runBatch, type ImportedStatus } from './run';

/** The plugin's `batch` service (src/plugins/news-import/server/src/services/batch.ts), as used here. */
type BatchService = {
  maxFileBytes(): number;
  resolveLocale(locale?: string): Promise<string>;
  importText(text: string, options: { locale: string; publish: boolean }): Promise<{ status: ImportedStatus; documentId: string }>;
};

export type MainOptions = {
  appDir: string;
  distDir: string;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WritableStream;
};

const megabytes = (kilobytes: number) => Math.round(kilobytes / 1024);

export const main = async (argv: string[], options: MainOptions): Promise<number> => {
  const { stdout = process.stdout, stderr = process.stderr } = options;
  let args;
  try {
    args = parseBatchArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    stdout.write(`${USAGE}\n`);
    return 0;
  }

  const strapi = createStrapi({ appDir: options.appDir, distDir: options.distDir, autoReload: false, serveAdminPanel: false });
  // Strapi's start-up lines and development notices would bury the report; errors still show.
  strapi.log.level = process.env.STRAPI_LOG_LEVEL ?? 'error';
  try {
    await strapi.load();
    const batch = strapi.plugin('news-import').service('batch') as BatchService;
    let locale: string;
    try {
      locale = await batch.resolveLocale(args.locale);
    } catch (error) {
      stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    const total = await countStoryFiles(storyFiles(args.paths, args.dirs));
    stdout.write(`Importing into ${locale}${args.publish ? ', publishing' : ' as drafts'}.\n`);
    const tally = await runBatch({
      files: storyFiles(args.paths, args.dirs),
      total,
      maxFileBytes: batch.maxFileBytes(),
      importText: (text) => batch.importText(text, { locale, publish: args.publish }),
      reporter: reporterFor(stdout),
    });
    stdout.write(summaryTable(tally));
    stdout.write(`Peak memory (RSS): ${megabytes(process.resourceUsage().maxRSS)} MB\n`);
    return tally.failed > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  } finally {
    await settleDatabase(strapi);
    await strapi.destroy();
  }
};
