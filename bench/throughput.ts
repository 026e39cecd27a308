/**
 * Throughput: imports (the plugin's whole path) against a bare Document Service create, the
 * parser on Arabic text, reads of populated articles under load, and the process's memory over a
 * run of imports.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { Core } from '@strapi/strapi';

import type { KnownOfficial } from '../src/plugins/news-import/server/src/language/types';
import type { Archive } from './archive';
import { headline, relatedList, storyText, type Random, type Vocabulary } from './generator';
import { parserRates, type ParserRates } from './parser';
import { now, round, rssMb } from './stats';

export type Story = { title: string; text: string };

/** New stories citing the archive: two exact titles, a variant, a headline of nothing yet. */
export const newStories = (random: Random, vocab: Vocabulary, archive: Archive, count: number): Story[] =>
  Array.from({ length: count }, () => {
    const list = relatedList(random, vocab, (i) => archive.titles[i], archive.size);
    const related = [list[0], list[1], list[4], list[10]].map((item) => item.headline);
    const title = headline(random, vocab);
    return { title, text: storyText(random, vocab, title, related) };
  });

export const measureImports = async (strapi: Core.Strapi, stories: Story[]) => {
  const importer = strapi.plugin('news-import').service('importer');
  const start = now();
  for (const story of stories) await importer.import({ text: story.text, locale: 'ar', publish: true });
  const seconds = (now() - start) / 1000;
  return { stories: stories.length, perSecond: round(stories.length / seconds) };
};

/** The same articles written by the Document Service alone (run with the plugin disabled). */
export const measureBareCreates = async (strapi: Core.Strapi, stories: Story[]) => {
  const articles = strapi.documents('api::article.article');
  const start = now();
  for (const story of stories) {
    const paragraphs = story.text.split('\n').filter((line) => line.trim() !== '').slice(1);
    await strapi.db.transaction(async () => {
      const created: any = await articles.create({
        locale: 'ar',
        data: {
          title: story.title,
          summary: paragraphs[0],
          body: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
          sourceText: story.text,
        },
      } as any);
      await articles.publish({ documentId: created.documentId, locale: 'ar' } as any);
    });
  }
  const seconds = (now() - start) / 1000;
  return { stories: stories.length, perSecond: round(stories.length / seconds) };
};

/**
 * MB/s of UTF-8 Arabic text through the parser, and through parser + officials recognition, with
 * the app's officials of `ar`. Measured in a worker thread of its own (the figure held against the
 * target), then in the bench process for comparison: there the same code runs beside the archive
 * and the app, whose heap and JIT history slow it.
 */
export const measureParser = async (strapi: Core.Strapi, stories: Story[], seconds = 2) => {
  const officials: KnownOfficial[] = await strapi.plugin('news-import').service('gazetteer').officials('ar');
  const texts = stories.map((story) => story.text);
  const worker = new Worker(path.join(__dirname, 'parser-worker.js'), { workerData: { texts, officials, seconds } });
  const ownThread = await new Promise<ParserRates>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  return { ...ownThread, inProcess: parserRates(texts, officials, seconds) };
};

export const READ_PATH = '/api/articles?locale=ar&populate[relatedLinks][populate][target]=true&populate[officials]=true';

/**
 * autocannon in a child process, so that the load does not share the server's event loop. Both
 * runs (plugin on, plugin off) start warm: a few sequential reads first, so that neither counts
 * its first compilations and cold pages as errors.
 */
export const measureReads = async (url: string, seconds: number, connections = 50) => {
  for (let i = 0; i < 20; i += 1) await fetch(`${url}${READ_PATH}`).then((response) => response.arrayBuffer());
  return loadReads(url, seconds, connections);
};

const loadReads = (url: string, seconds: number, connections: number) =>
  new Promise<{ requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number }>((resolve, reject) => {
    const bin = path.join(process.cwd(), 'node_modules', 'autocannon', 'autocannon.js');
    // A 30-s timeout (autocannon's default is 10 s): on two cores 50 connections queue, and a read
    // waiting its turn is slow, not failed (`npm run load` waits 60 s for the same reason).
    const child = spawn(process.execPath, [bin, '-j', '-t', '30', '-c', String(connections), '-d', String(seconds), `${url}${READ_PATH}`]);
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => {
      try {
        const result = JSON.parse(out);
        resolve({
          requestsPerSecond: round(result.requests.average),
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      } catch (error) {
        reject(new Error(`autocannon gave no result: ${(error as Error).message}`));
      }
    });
  });

/** RSS sampled every tenth of a run of imports; growth between the half-way and the last mark. */
export const measureMemory = async (strapi: Core.Strapi, stories: Story[]) => {
  const importer = strapi.plugin('news-import').service('importer');
  const samples: { imports: number; rssMb: number }[] = [{ imports: 0, rssMb: rssMb() }];
  const every = Math.max(1, Math.floor(stories.length / 10));
  for (let i = 0; i < stories.length; i += 1) {
    await importer.import({ text: stories[i].text, locale: 'ar', publish: true });
    if ((i + 1) % every === 0) {
      (global as any).gc?.();
      samples.push({ imports: i + 1, rssMb: rssMb() });
    }
  }
  const half = samples.reduce((best, s) => (Math.abs(s.imports - stories.length / 2) < Math.abs(best.imports - stories.length / 2) ? s : best));
  const last = samples[samples.length - 1];
  return { imports: stories.length, samples, growthSecondHalf: round(last.rssMb / half.rssMb - 1, 3) };
};
