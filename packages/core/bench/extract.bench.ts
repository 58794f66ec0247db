/**
 * Extraction speed and memory, with the adversarial shapes of issue #11. Each shape is timed
 * at n and at 4n in the same run: a linear extractor takes ≈4× as long (the ratio is printed,
 * never a wall-clock threshold). Besides the seed report, 1 MB of dense press sentences per language
 * (the real corpus's sentences repeated) shows the cost where nearly every clause has a figure.
 *
 *   pnpm --filter @chitieu/core exec tsx --expose-gc bench/extract.bench.ts
 */
import { auditStatements, extractReport, extractStatements } from '../src/extract';
import { MB, pressText, reportText } from './press';

/** CPU time of this process in ms (user + system): other load on the machine does not count. */
function time(f: () => unknown): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** Median of three runs, in ms. */
function median(f: () => unknown): number {
  const runs = [time(f), time(f), time(f)].sort((a, b) => a - b);
  return runs[1] as number;
}

const gc = (globalThis as { gc?: () => void }).gc;

// 1 MB of report prose: the seed report repeated.
const report = reportText();
extractReport(report.slice(0, 100_000), { locale: 'vi' }); // warm up
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let kept: unknown;
const ms = median(() => {
  kept = extractReport(report, { locale: 'vi' });
});
gc?.();
const heapAfter = process.memoryUsage().heapUsed;
const statements = (kept as ReturnType<typeof extractReport>).statements.length;
console.log(
  `1 MB report: ${ms.toFixed(0)} ms (${(((report.length / ms) * 1000) / 1e6).toFixed(2)} M chars/s), ${statements} statements, retained ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB${gc ? '' : ' (run with --expose-gc for memory)'}`,
);

// 1 MB of dense press text: every sentence of every released real-corpus set in one language,
// repeated — a figure in nearly every clause, unlike a report's prose (bench/press.ts).
for (const locale of ['en', 'vi'] as const) {
  const dense = pressText(locale);
  extractReport(dense.slice(0, 100_000), { locale });
  let count = 0;
  const t = median(() => {
    count = extractReport(dense, { locale }).statements.length;
  });
  console.log(
    `1 MB of ${locale === 'en' ? 'English' : 'Vietnamese'} press sentences: ${t.toFixed(0)} ms (${(((dense.length / t) * 1000) / 1e6).toFixed(2)} M chars/s), ${count} statements`,
  );
}

const shapes: Record<string, (n: number) => string> = {
  'tăng 5% repeated': (n) => 'tăng 5% '.repeat(n),
  'one long sentence of clauses': (n) => 'Doanh thu đạt 5 tỷ đồng, tăng 5% so với cùng kỳ, '.repeat(n),
  'many short sentences': (n) => 'Doanh thu đạt 5 tỷ đồng. '.repeat(n),
  'runs of (': (n) => '('.repeat(n),
  'runs of ( with numbers': (n) => '(5 '.repeat(n),
};
console.log('\nshape                          n        ms(n)   ms(4n)  ratio');
for (const [name, make] of Object.entries(shapes)) {
  const n = 10_000;
  const a = median(() => extractStatements(make(n), { locale: 'vi' }));
  const b = median(() => extractStatements(make(4 * n), { locale: 'vi' }));
  console.log(
    `${name.padEnd(30)} ${String(n).padEnd(8)} ${a.toFixed(0).padStart(6)} ${b.toFixed(0).padStart(8)}  ${(b / a).toFixed(2)}`,
  );
}
{
  // The audit over the statements of a quarter of the report and of all of it.
  const s1 = extractStatements(report.slice(0, MB / 4), { locale: 'vi' });
  const s4 = extractStatements(report, { locale: 'vi' });
  const a = median(() => auditStatements(s1));
  const b = median(() => auditStatements(s4));
  console.log(
    `${'auditStatements'.padEnd(30)} ${String(s1.length).padEnd(8)} ${a.toFixed(0).padStart(6)} ${b.toFixed(0).padStart(8)}  ${(b / a).toFixed(2)}  (${s4.length} statements)`,
  );
}
