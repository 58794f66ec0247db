/**
 * The full draw of the English noise phrasebook: every case of every base book (en-changes,
 * en-structure, en-frames, en-genres) under every transform of `noise-en.ts`, scored, with every
 * silent wrong reading listed. The `noise-en` area itself scores a seeded sample (64 per cell), so a
 * book that grows draws other cases and may meet a latent wrong reading that was always there: run
 * this before growing an English book, and after a change that touches what the transforms add
 * (lead-ins, asides, trailing clauses). Round 27's first full draw found 25 wrong fields in 20 of
 * 82 436 sentences (15 after the lead-in-year fix; 24 in 19 of 83 132 at its end, 0 after round 28).
 *
 * `--vi`: the Vietnamese noise book draws by class (a seeded pick per class and transform), so it has
 * no full draw; instead it is drawn `--times=N` as large (default 4) from `--seeds=K` other seeds
 * (default 4: 1, 2, 3, 4), each draw scored and its silent wrong readings listed. Round 27 found
 * 7–11 per seed at 4×.
 *
 *   pnpm --filter @chitieu/core exec tsx bench/noise-sweep.ts [--list] [--vi [--seeds=K] [--times=N]]
 */
import { describeFailure, scorePhrasebook } from '../test/extract/phrasebook/harness';
import { drawNoiseEn } from '../test/extract/phrasebook/noise-en';
import { drawNoiseVi } from '../test/extract/phrasebook/noise-vi';

const list = process.argv.includes('--list');
const option = (name: string, fallback: number): number => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const n = arg ? Number(arg.slice(name.length + 3)) : fallback;
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
const share = (recalled: number, facts: number): string => ((100 * recalled) / Math.max(1, facts)).toFixed(1);

if (process.argv.includes('--vi')) {
  const seeds = option('seeds', 4);
  const times = option('times', 4);
  let total = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const cases = drawNoiseVi(seed, times);
    const score = scorePhrasebook({ area: `noise-vi (seed ${seed}, ${times}×)`, locale: 'vi', cases });
    const wrong = score.failures.filter((f) => f.wrong.length > 0);
    total += score.tally.silentWrong;
    console.log(
      `noise-vi seed ${seed} at ${times}×: ${cases.length} sentences, ${score.tally.facts} facts, whole-fact ${share(
        score.tally.recalled,
        score.tally.facts,
      )} %, silent wrong ${score.tally.silentWrong} fields in ${wrong.length} sentences`,
    );
    if (list) for (const f of wrong) console.log(`\n${describeFailure(f)}\n`);
  }
  console.log(`noise-vi: ${total} silent wrong fields over ${seeds} seeds`);
} else {
  const { cases } = drawNoiseEn(0, true);
  const score = scorePhrasebook({ area: 'noise-en (full draw)', locale: 'en', cases });
  const wrong = score.failures.filter((f) => f.wrong.length > 0);
  console.log(
    `noise-en full draw: ${cases.length} sentences, ${score.tally.facts} facts, whole-fact ${share(
      score.tally.recalled,
      score.tally.facts,
    )} %, silent wrong ${score.tally.silentWrong} fields in ${wrong.length} sentences`,
  );
  if (list) for (const f of wrong) console.log(`\n${describeFailure(f)}`);
}
