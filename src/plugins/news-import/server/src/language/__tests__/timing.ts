/**
 * Timings for the tests that compare two workloads within one run (never against a fixed bar):
 * the language pipeline on n and 4n characters, a hostile text against an ordinary one, a large
 * gazetteer against a small one.
 */

/** Milliseconds `work` takes, once. */
export const millisecondsOf = (work: () => unknown): number => {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e6;
};

/**
 * The best of `runs` runs of each workload, the runs taken in turn (a, b, a, b, ...), so that a
 * burst of load from another process slows both sides of the comparison rather than one.
 */
export const bestOfAlternating = (a: () => unknown, b: () => unknown, runs = 5): [number, number] => {
  let bestA = Infinity;
  let bestB = Infinity;
  for (let run = 0; run < runs; run += 1) {
    bestA = Math.min(bestA, millisecondsOf(a));
    bestB = Math.min(bestB, millisecondsOf(b));
  }
  return [bestA, bestB];
};
