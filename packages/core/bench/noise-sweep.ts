/**
 * The full draw of the English noise phrasebook: every case of every base book (en-changes,
 * en-structure, en-frames, en-genres) under every transform of `noise-en.ts`, scored, with every
 * silent wrong reading listed. The `noise-en` area itself scores a seeded sample (64 per cell), so a
 * book that grows draws other cases and may meet a latent wrong reading that was always there: run
 * this before growing an English book, and after a change that touches what the transforms add
 * (lead-ins, asides, trailing clauses). Round 27's first full draw found 25 wrong fields in 20 of
 * 82 436 sentences (15 after the lead-in-year fix); the Vietnamese noise book draws by class and has
 * no full draw.
 *
 *   pnpm --filter @chitieu/core exec tsx bench/noise-sweep.ts [--list]
 */
import { describeFailure, scorePhrasebook } from '../test/extract/phrasebook/harness';
import { drawNoiseEn } from '../test/extract/phrasebook/noise-en';

const { cases } = drawNoiseEn(0, true);
const score = scorePhrasebook({ area: 'noise-en (full draw)', locale: 'en', cases });
const wrong = score.failures.filter((f) => f.wrong.length > 0);
console.log(
  `noise-en full draw: ${cases.length} sentences, ${score.tally.facts} facts, whole-fact ${(
    (100 * score.tally.recalled) / Math.max(1, score.tally.facts)
  ).toFixed(1)} %, silent wrong ${score.tally.silentWrong} fields in ${wrong.length} sentences`,
);
if (process.argv.includes('--list')) for (const f of wrong) console.log(`\n${describeFailure(f)}`);
