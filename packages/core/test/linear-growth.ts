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
 * The time ratio of `prepare(8n)` to `prepare(n)` (each returns the work to time; building the
 * input is not timed), the best of up to five attempts, with a text for the assertion message.
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
    const s = fastest(small, rounds.small ?? 5);
    const l = fastest(large, rounds.large ?? 3);
    // below a millisecond the clock, not the algorithm, decides the ratio
    const ratio = l / Math.max(s, 1);
    if (ratio < best.ratio) best = { ratio, text: `${name}: ${s.toFixed(1)} ms → ${l.toFixed(1)} ms` };
  }
  return best;
}
