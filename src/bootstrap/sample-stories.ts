/**
 * The sample stories (`database/seed/stories/<name>.<locale>.txt`), imported and published through
 * the news-import plugin on first boot, exactly as an editor's import would be.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

export const SAMPLE_STORIES_DIR = path.join('database', 'seed', 'stories');

export type SampleStory = { file: string; locale: string; text: string };

export const readSampleStories = (appRoot: string, defaultLocale: string): SampleStory[] => {
  const dir = path.join(appRoot, SAMPLE_STORIES_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({
      file,
      locale: /\.([a-z]{2}(?:-[A-Za-z]+)?)\.txt$/.exec(file)?.[1] ?? defaultLocale,
      text: fs.readFileSync(path.join(dir, file), 'utf8'),
    }));
};

export const importSampleStories = async (strapi: Core.Strapi, stories: SampleStory[]): Promise<number> => {
  const importer = strapi.plugin('news-import').service('importer');
  let imported = 0;
  for (const story of stories) {
    const result = await importer.import({
      text: story.text,
      locale: story.locale,
      publish: true,
      sourceName: 'Sample story',
    });
    if (!result.duplicate) imported += 1;
  }
  return imported;
};
