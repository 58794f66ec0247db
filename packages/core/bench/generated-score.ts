/**
 * Tallies generated report sentences (`test/extract/generated.ts`): how many are read whole and
 * how many show a certain wrong field, per language, and lists the first failures.
 *
 *   pnpm --filter @chitieu/core exec tsx bench/generated-score.ts [samples=1000] [seed=1]
 */
import fc from 'fast-check';
import { extractStatements } from '../src/extract';
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
for (const [locale, arbitrary] of [
  ['en', english],
  ['vi', vietnamese],
] as const) {
  let whole = 0;
  let wrongSentences = 0;
  const failures: string[] = [];
  for (const { text, truth } of fc.sample(arbitrary, { seed, numRuns: samples })) {
    const statements = extractStatements(text, { locale });
    const wrong = statements.flatMap((s) => silentWrong(s, truth));
    if (wrong.length > 0) {
      wrongSentences++;
      failures.push(`WRONG ${wrong.join('; ')} :: ${text}`);
    }
    if (readWhole(statements, truth)) whole++;
    else
      failures.push(
        `MISSED ${JSON.stringify(truth)} :: ${text}\n    read: ${statements
          .map(
            (s) =>
              `${s.value?.value.base ?? '∅'} ${s.value?.value.unitCode ?? ''} ${s.value?.value.approximate ?? ''} p=${s.period?.value ?? '∅'} st=${s.stage?.value ?? '∅'} c=${s.completion?.value.percent.value ?? '∅'} ch=[${s.changes.map((c) => `${c.value.form} ${c.value.amount.value}`).join(', ')}]`,
          )
          .join(' | ')}`,
      );
  }
  console.log(
    `${locale}: ${samples} sentences, read whole ${((100 * whole) / samples).toFixed(1)} %, with a certain wrong field ${wrongSentences}`,
  );
  for (const f of failures.slice(0, 25)) console.log(`  ${f}`);
}

for (const [locale, arbitrary] of [
  ['en', englishMany],
  ['vi', vietnameseMany],
] as const) {
  let whole = 0;
  let wrongSentences = 0;
  const failures: string[] = [];
  for (const { text, truths } of fc.sample(arbitrary, { seed, numRuns: samples })) {
    const statements = extractStatements(text, { locale });
    const wrong = silentWrongMany(statements, truths);
    if (wrong.length > 0) {
      wrongSentences++;
      failures.push(`WRONG ${wrong.join('; ')} :: ${text}`);
    }
    if (truths.every((t) => readWhole(statements, t))) whole++;
    else failures.push(`MISSED :: ${text}`);
  }
  console.log(
    `${locale} compound: ${samples} sentences, every statement read whole ${((100 * whole) / samples).toFixed(1)} %, with a certain wrong field ${wrongSentences}`,
  );
  for (const f of failures.slice(0, 25)) console.log(`  ${f}`);
}

for (const [locale, arbitrary] of [
  ['en', englishGoals],
  ['vi', vietnameseGoals],
] as const) {
  let whole = 0;
  let wrongSentences = 0;
  const failures: string[] = [];
  for (const { text, truth } of fc.sample(arbitrary, { seed, numRuns: samples })) {
    const statements = extractStatements(text, { locale });
    const wrong = statements.flatMap((s) => silentWrong(s, truth));
    if (wrong.length > 0) {
      wrongSentences++;
      failures.push(`WRONG ${wrong.join('; ')} :: ${text}`);
    }
    if (readWhole(statements, truth)) whole++;
    else
      failures.push(
        `MISSED :: ${text} :: ${statements.map((s) => `${s.kind.value} ${s.value?.value.base ?? '∅'} p=${s.period?.value ?? '∅'} ch=[${s.changes.map((c) => c.value.amount.value)}]`).join(' | ')}`,
      );
  }
  console.log(
    `${locale} goals: ${samples} sentences, read whole ${((100 * whole) / samples).toFixed(1)} %, with a certain wrong field ${wrongSentences}`,
  );
  for (const f of failures.slice(0, 25)) console.log(`  ${f}`);
}

for (const [locale, arbitrary, label] of [
  ['vi', vietnameseBracketList, 'vi bracketed lists'],
  ['en', englishRespectively, 'en respectively lists'],
] as const) {
  let whole = 0;
  let wrongSentences = 0;
  const failures: string[] = [];
  for (const { text, items } of fc.sample(arbitrary, { seed, numRuns: samples })) {
    const statements = extractStatements(text, { locale });
    const wrong = silentWrongItems(statements, items);
    if (wrong.length > 0) {
      wrongSentences++;
      failures.push(`WRONG ${wrong.join('; ')} :: ${text}`);
    }
    const missed = readItems(statements, items);
    if (missed.length === 0) whole++;
    else
      failures.push(
        `MISSED ${missed.join('; ')} :: ${text}\n    read: ${statements.map((s) => `[${s.name?.value ?? '∅'}] ${s.value?.value.base ?? ''} ch=${s.changes.map((c) => `${c.value.form} ${c.value.amount.value}:${c.confidence}`)}`).join(' | ')}`,
      );
  }
  console.log(
    `${label}: ${samples} sentences, every item read whole ${((100 * whole) / samples).toFixed(1)} %, with a certain wrong field ${wrongSentences}`,
  );
  for (const f of failures.slice(0, 12)) console.log(`  ${f}`);
}
