/**
 * Scores `@chitieu/core/extract` on the phrasebook (`test/extract/phrasebook/`): the closed classes
 * of report language crossed in templates, one row per area, scored like the real corpus.
 * `--failures` lists every failing case.
 *
 *   pnpm --filter @chitieu/core exec tsx bench/phrasebook-score.ts [--failures]
 */
import { describeFailure, mergeTally, scorePhrasebook } from '../test/extract/phrasebook/harness';
import { PHRASEBOOK } from '../test/extract/phrasebook/index';
import { emptyTally, table } from '../test/extract/real-corpus/score';

const scores = PHRASEBOOK.map(scorePhrasebook);
const total = emptyTally();
const byLocale = { vi: emptyTally(), en: emptyTally() };
for (const s of scores) {
  mergeTally(total, s.tally);
  mergeTally(byLocale[s.book.locale], s.tally);
}
console.log(
  table([
    ...scores.map((s) => [s.book.area, s.tally] as const),
    ['vi (all areas)', byLocale.vi] as const,
    ['en (all areas)', byLocale.en] as const,
    ['all areas', total] as const,
  ]),
);
if (process.argv.includes('--failures'))
  for (const s of scores) for (const f of s.failures) console.log(`[${s.book.area}] ${describeFailure(f)}`);
