/** Small numeric helpers for the bench: percentiles, timing, rounding for the table. */
export const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
};

export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

export const timed = async <T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const start = now();
  const value = await work();
  return { ms: now() - start, value };
};

export const round = (value: number, digits = 2): number =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value;

export const rssMb = (): number => round(process.memoryUsage().rss / 2 ** 20, 1);
