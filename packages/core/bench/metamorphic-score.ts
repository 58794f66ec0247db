/**
 * The ROBUSTNESS of `@chitieu/core/extract` to meaning-preserving rewrites of real sentences
 * (test/extract/metamorphic): every sentence of the released sets (REAL_CORPUS, test2, test3,
 * fresh4, test5, test6; never the held-out sets) that is read whole today is rewritten by each
 * transform that applies (`5%` → `5 per cent`, `rose` → `climbed`, `US$1.2 billion` → `1.2 billion
 * USD`, `so với cùng kỳ` → `so cùng kỳ`, a leading `Meanwhile, `, a trailing `, the GSO said`, …)
 * and scored with the corpus scoring (`real-corpus/score.ts`). Prints per transform: rewrites
 * applied, the share still read whole, and rewrites with a silent wrong number.
 *
 *   pnpm --filter @chitieu/core bench:metamorphic [--failures]
 */
import { RELEASED, runMetamorphic } from '../test/extract/metamorphic/run';

const { tallies, rewrites, base } = runMetamorphic(RELEASED);
const rows = [...tallies].filter(([, t]) => t.applied > 0);
const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);
const w = Math.max(...rows.map(([n]) => n.length), 9);
console.log(`sentences read whole today: ${base} of ${RELEASED.length}`);
console.log(`| ${'transform'.padEnd(w)} | applied | still whole | silent wrong |`);
console.log(`|${'-'.repeat(w + 2)}|---------|-------------|--------------|`);
let applied = 0;
let whole = 0;
let wrong = 0;
for (const [name, t] of rows) {
  applied += t.applied;
  whole += t.whole;
  wrong += t.silentWrong;
  console.log(
    `| ${name.padEnd(w)} | ${String(t.applied).padStart(7)} | ${pct(t.whole, t.applied).padStart(11)} | ${String(t.silentWrong).padStart(12)} |`,
  );
}
console.log(
  `| ${'ALL'.padEnd(w)} | ${String(applied).padStart(7)} | ${pct(whole, applied).padStart(11)} | ${String(wrong).padStart(12)} |`,
);
const unused = [...tallies].filter(([, t]) => t.applied === 0).map(([n]) => n);
if (unused.length > 0) console.log(`transforms that found nothing to rewrite: ${unused.join(', ')}`);

if (process.argv.includes('--failures')) {
  for (const r of rewrites) {
    const s = r.score;
    if (s.missed.length === 0 && s.wrong.length === 0) continue;
    console.log(`\n[${r.transform}] ${r.original.id}\n  was: ${r.original.text}\n  now: ${s.sentence.text}`);
    for (const f of s.missed) console.log(`  missed ${JSON.stringify(f)}`);
    for (const x of s.wrong) console.log(`  WRONG ${x}`);
    for (const st of s.statements) {
      const v = st.value?.value;
      console.log(
        `  · ${st.kind.value} ${st.name?.value ?? '∅'} | v=${v?.base ?? ''}${v?.unitCode ? ` ${v.unitCode}` : ''}${v?.approximate ? ` ~${v.approximate}` : ''} c=${st.completion?.value.percent.value ?? ''} ch=[${st.changes.map((c) => `${c.value.form} ${c.value.amount.value} ${c.value.base ? (c.value.base.kind === 'period' ? c.value.base.period : c.value.base.kind) : '-'}`).join(', ')}] p=${st.period?.value ?? ''} st=${st.stage?.value ?? ''} unread=[${st.unread.map((u) => `${u.what}:${u.reason}`).join(',')}]`,
      );
    }
  }
}
