/** The bench's table (one block per archive size, then the targets across sizes) and its machine. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

import type { MethodResult } from './matching';
import { round } from './stats';

type Reads = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };

export type Run = {
  size: number;
  db: string;
  skipped: Record<string, string>;
  loadSeconds?: number;
  indexSeconds?: number;
  indexed?: { titles: number; links: number };
  resolution?: MethodResult;
  resolutionPublished?: MethodResult;
  compared?: { plugin: MethodResult; naive: MethodResult; fuse: MethodResult & { buildMs?: number } };
  parser?: { parseMBps: number; parseAndOfficialsMBps: number; inProcess: { parseMBps: number; parseAndOfficialsMBps: number } };
  imports?: { stories: number; perSecond: number };
  bareCreates?: { stories: number; perSecond: number };
  importRatio?: number;
  readsOn?: Reads;
  readsOff?: Reads;
  readRatio?: number;
  memory?: { imports: number; samples: { imports: number; rssMb: number }[]; growthSecondHalf: number };
  rssMbAtEnd?: number;
};

const row = (cells: Array<string | number | undefined>) =>
  process.stdout.write(`| ${cells.map((cell) => (cell === undefined ? '–' : String(cell))).join(' | ')} |\n`);
const verdict = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? 'met' : 'NOT met');

export const printRun = (run: Run) => {
  process.stdout.write(`\n## ${run.size.toLocaleString('en')} articles, ${run.db}\n\n`);
  row(['measure', 'value', 'target', '']);
  row(['---', '---', '---', '---']);
  row(['archive load / index build (s)', `${run.loadSeconds} / ${run.indexSeconds}`, '', '']);
  if (run.resolution) {
    const r = run.resolution;
    row(['resolution, 12 headlines, p50 / p95 (ms)', `${r.p50Ms} / ${r.p95Ms}`, 'p95 ≤ 20', verdict(r.p95Ms <= 20)]);
    row(['… published view p50 / p95 (ms)', `${run.resolutionPublished?.p50Ms} / ${run.resolutionPublished?.p95Ms}`, 'p95 ≤ 20', verdict((run.resolutionPublished?.p95Ms ?? Infinity) <= 20)]);
    row(['… quality (exact / variant / decoy / absent)', `${r.quality} (${Object.values(r.qualityByKind).join(' / ')})`, '', '']);
  }
  if (run.compared) {
    const { plugin, naive, fuse } = run.compared;
    const speedup = round(naive.p50Ms / plugin.p50Ms, 0);
    const basis = (m: MethodResult) => `${m.headlines} headlines${m.derived ? ', per list = 12 x per headline' : ''}`;
    row(['naive $containsi, per list p50 (ms), quality', `${naive.p50Ms}, ${naive.quality} (${basis(naive)})`, '', '']);
    row([`fuse.js, per list p50 (ms), quality (index build ${fuse.buildMs} ms)`, `${fuse.p50Ms}, ${fuse.quality} (${basis(fuse)})`, '', '']);
    row(['plugin vs naive: speed-up, quality', `x${speedup}, ${plugin.quality} vs ${naive.quality}`, '≥ x100, ≥', verdict(speedup >= 100 && plugin.quality >= naive.quality)]);
  }
  if (run.imports) row(['imports (parse, link, write, publish) /s', run.imports.perSecond, '', '']);
  if (run.bareCreates) row(['bare Document Service create + publish /s; ratio', `${run.bareCreates.perSecond}; x${run.importRatio}`, '≤ x1.5', verdict((run.importRatio ?? Infinity) <= 1.5)]);
  if (run.parser) {
    row(['parser MB/s (with officials), own thread', `${run.parser.parseMBps} (${run.parser.parseAndOfficialsMBps})`, '≥ 20', verdict(run.parser.parseMBps >= 20)]);
    row(['parser MB/s (with officials), in the bench process', `${run.parser.inProcess.parseMBps} (${run.parser.inProcess.parseAndOfficialsMBps})`, '', '']);
  }
  if (run.readsOn && run.readsOff) {
    const errors = run.readsOn.errors + run.readsOn.non2xx + run.readsOff.errors + run.readsOff.non2xx;
    row(['reads/s plugin on / off; ratio; errors', `${run.readsOn.requestsPerSecond} / ${run.readsOff.requestsPerSecond}; ${run.readRatio}; ${errors}`, '≥ 0.95, 0', verdict((run.readRatio ?? 0) >= 0.95 && errors === 0)]);
  }
  if (run.memory) row([`RSS growth, imports ${run.memory.imports / 2}→${run.memory.imports}`, `${round(run.memory.growthSecondHalf * 100, 1)}%`, '< 10%', verdict(run.memory.growthSecondHalf < 0.1)]);
  for (const [what, why] of Object.entries(run.skipped)) process.stdout.write(`- skipped ${what}: ${why}\n`);
};

/** Growth between the smallest and the largest archive measured in this run. */
export const printSummary = (runs: Run[]) => {
  if (runs.length < 2) return {};
  const [small, large] = [runs[0], runs[runs.length - 1]];
  const summary = {
    from: small.size,
    to: large.size,
    resolutionP95Growth: round((large.resolution?.p95Ms ?? NaN) / (small.resolution?.p95Ms ?? NaN)),
    importSlowdown: round((small.imports?.perSecond ?? NaN) / (large.imports?.perSecond ?? NaN)),
  };
  process.stdout.write(`\n## ${small.size} → ${large.size}\n\n`);
  row(['measure', 'value', 'target', '']);
  row(['---', '---', '---', '---']);
  row(['resolution p95 growth', `x${summary.resolutionP95Growth}`, '≤ x2 (10k→1M)', '']);
  row(['import slowdown', `x${summary.importSlowdown}`, '≤ x1.2 (10k→100k)', verdict(summary.importSlowdown <= 1.2)]);
  return summary;
};

export const machine = async (db: string) => {
  let database = db;
  try {
    database =
      db === 'postgres'
        ? execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-Atc', 'show server_version']).toString().trim().replace(/^/, 'PostgreSQL ')
        : `SQLite ${require('better-sqlite3')(':memory:').prepare('select sqlite_version() v').get().v}`;
  } catch {
    // The version is a detail of the report, not worth failing the bench for.
  }
  return {
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    database,
    date: new Date().toISOString(),
  };
};
