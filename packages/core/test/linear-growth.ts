/**
 * Linear time, measured the one way every linear-time test of the core does: the same work at n
 * and 8n in one process, and the ratio of the best times must stay far below the 64 of a
 * quadratic cost (linear is ≈ 8). A ratio, never an absolute time: a loaded machine is loaded
 * for both sizes, and noise (other processes, garbage collection) only ever slows a run down, so
 * the best of several rounds and of up to five attempts counts.
 */

/** n → 8n. */
export const GROWTH_FACTOR = 8;
/** Linear is ≈ 8, quadratic 64: generous for noise on a loaded 2-core machine. */
export const MAX_GROWTH_RATIO = 32;

/** The best time (ms) of `rounds` runs of `run`. */
export function fastest(run: () => unknown, rounds: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * The shortest one timed sample may last: below it the clock and the scheduler's slices, not the algorithm,
 * decide the ratio — on a loaded 2-core machine a 1 ms run fits in one slice while the 8n run is cut by
 * others (a linear `buildTree` once measured 0.9 → 37.8 ms in CI; round 69).
 */
export const MIN_SAMPLE_MS = 4;
/** The most repetitions one sample may take to reach {@link MIN_SAMPLE_MS}. */
const MAX_REPS = 64;

/** The time (ms) of `reps` runs of `run` in a row. */
function timeReps(run: () => unknown, reps: number): number {
  const start = performance.now();
  for (let r = 0; r < reps; r++) run();
  return performance.now() - start;
}

/**
 * The best time (ms) of one run of `run` over `rounds` samples, each sample repeating the run until it
 * lasts {@link MIN_SAMPLE_MS} (doubling the repetitions, at most {@link MAX_REPS}), so a fast run is timed
 * above the clock's and the scheduler's grain as a slow one is.
 */
export function fastestPerRun(run: () => unknown, rounds: number): number {
  let reps = 1;
  while (reps < MAX_REPS && timeReps(run, reps) < MIN_SAMPLE_MS) reps *= 2;
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) best = Math.min(best, timeReps(run, reps) / reps);
  return best;
}

/**
 * The time ratio of `prepare(8n)` to `prepare(n)` (each returns the work to time; building the
 * input is not timed), the best of up to five attempts, with a text for the assertion message. Each
 * size is timed per run over samples of at least {@link MIN_SAMPLE_MS} ({@link fastestPerRun}).
 */
export function growthRatio(
  name: string,
  prepare: (n: number) => () => unknown,
  n: number,
  rounds: { small?: number; large?: number } = {},
): { ratio: number; text: string } {
  const small = prepare(n);
  const large = prepare(n * GROWTH_FACTOR);
  fastest(small, 1); // warm up
  let best = { ratio: Number.POSITIVE_INFINITY, text: '' };
  for (let attempt = 0; attempt < 5 && best.ratio >= MAX_GROWTH_RATIO; attempt++) {
    const s = fastestPerRun(small, rounds.small ?? 5);
    const l = fastestPerRun(large, rounds.large ?? 3);
    // (a sample of repeated runs times even a fast run above the clock's grain; a floor stays for runs near zero)
    const ratio = l / Math.max(s, 0.05);
    if (ratio < best.ratio) best = { ratio, text: `${name}: ${s.toFixed(2)} ms → ${l.toFixed(2)} ms` };
  }
  return best;
}
