/**
 * Tallies generated report sentences (`test/extract/generated.ts`): per family, how many are read
 * whole and how many show a certain wrong field, with the first failures listed.
 *
 *   pnpm --filter @chitieu/core exec tsx bench/generated-score.ts [samples=1000] [seed=1]
 */
import fc from 'fast-check';
import { extractStatements } from '../src/extract';
import type { Statement } from '../src/extract/types';
import {
  english,
  englishGoals,
  englishMany,
  englishRespectively,
  readItems,
  readWhole,
  silentWrong,
  silentWrongItems,
  silentWrongMany,
  vietnamese,
  vietnameseBracketList,
  vietnameseGoals,
  vietnameseMany,
} from '../test/extract/generated';

const samples = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 1);

/** One family: its sentences, and for a sentence's statements the wrong fields and the facts missed. */
interface Family<G> {
  readonly label: string;
  readonly locale: 'vi' | 'en';
  readonly sentences: fc.Arbitrary<G & { readonly text: string }>;
  readonly wrong: (statements: readonly Statement[], g: G) => string[];
  readonly missed: (statements: readonly Statement[], g: G) => string[];
}

const shown = (statements: readonly Statement[]): string =>
  statements
    .map(
      (s) =>
        `[${s.name?.value ?? '∅'}] ${s.kind.value} ${s.value?.value.base ?? '∅'} ${s.value?.value.unitCode ?? ''} ${s.value?.value.approximate ?? ''} p=${s.period?.value ?? '∅'} st=${s.stage?.value ?? '∅'} c=${s.completion?.value.percent.value ?? '∅'} ch=[${s.changes.map((c) => `${c.value.form} ${c.value.amount.value}:${c.confidence}`).join(', ')}]`,
    )
    .join(' | ');

function tally<G>(f: Family<G>): void {
  let whole = 0;
  let wrongSentences = 0;
  const failures: string[] = [];
  for (const g of fc.sample(f.sentences, { seed, numRuns: samples })) {
    const statements = extractStatements(g.text, { locale: f.locale });
    const wrong = f.wrong(statements, g);
    if (wrong.length > 0) {
      wrongSentences++;
      failures.push(`WRONG ${wrong.join('; ')} :: ${g.text}`);
    }
    const missed = f.missed(statements, g);
    if (missed.length === 0) whole++;
    else failures.push(`MISSED ${missed.join('; ')} :: ${g.text}\n    read: ${shown(statements)}`);
  }
  console.log(
    `${f.label}: ${samples} sentences, read whole ${((100 * whole) / samples).toFixed(1)} %, with a certain wrong field ${wrongSentences}`,
  );
  for (const line of failures.slice(0, 12)) console.log(`  ${line}`);
}

for (const [label, locale, sentences] of [
  ['en', 'en', english],
  ['vi', 'vi', vietnamese],
  ['en goals', 'en', englishGoals],
  ['vi goals', 'vi', vietnameseGoals],
] as const)
  tally({
    label,
    locale,
    sentences,
    wrong: (statements, g) => statements.flatMap((s) => silentWrong(s, g.truth)),
    missed: (statements, g) => (readWhole(statements, g.truth) ? [] : [JSON.stringify(g.truth)]),
  });

for (const [label, locale, sentences] of [
  ['en compound', 'en', englishMany],
  ['vi compound', 'vi', vietnameseMany],
] as const)
  tally({
    label,
    locale,
    sentences,
    wrong: (statements, g) => silentWrongMany(statements, g.truths),
    missed: (statements, g) => g.truths.filter((t) => !readWhole(statements, t)).map((t) => JSON.stringify(t)),
  });

for (const [label, locale, sentences] of [
  ['vi bracketed lists', 'vi', vietnameseBracketList],
  ['en respectively lists', 'en', englishRespectively],
] as const)
  tally({
    label,
    locale,
    sentences,
    wrong: (statements, g) => silentWrongItems(statements, g.items),
    missed: (statements, g) => readItems(statements, g.items),
  });
