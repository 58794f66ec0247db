/**
 * Lists, per released set, every fact whose best statement reads the wrong target/actual kind
 * (certain: `KW`; doubted: `kd`) and every right kind doubted (`rd`). Never reads test18.
 */
import { extractReport, type Statement } from '../src/extract';
import { isPeriodId, parsePeriod } from '../src/period/period';
import { PHRASEBOOK } from '../test/extract/phrasebook/index';
import type { RealFact, RealSentence } from '../test/extract/real-corpus/types';
import { RELEASED_SENTENCES } from './press';

function samePeriod(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || !isPeriodId(a) || !isPeriodId(b)) return false;
  const x = parsePeriod(a);
  const y = parsePeriod(b);
  return x.start === y.start && x.end === y.end;
}
function baseOf(c: Statement['changes'][number]): string {
  const b = c.value.base;
  if (!b) return 'no-base';
  return b.kind === 'period' ? b.period : b.kind;
}
function changeMatches(spec: string, c: Statement['changes'][number]): boolean {
  const [form, amount, base] = spec.split(' ');
  if (c.value.form !== form || c.value.amount.value !== amount) return false;
  return base === '*' || samePeriod(baseOf(c), base);
}
function points(f: RealFact, s: Statement): number {
  const v = s.value?.value;
  let p = 0;
  if (f.v !== undefined && v?.base === f.v) p += 10;
  if (f.u !== undefined && v?.base === f.v && v?.unitCode === f.u) p += 1;
  if (f.v !== undefined && v?.base === f.v && (v?.approximate ?? undefined) === f.a) p += 1;
  if (f.c !== undefined && s.completion?.value.percent.value === f.c) p += 10;
  if (f.ch?.every((spec) => s.changes.some((c) => changeMatches(spec, c)))) p += 10;
  if (f.p !== undefined && samePeriod(s.period?.value, f.p)) p += 1;
  if (f.st !== undefined && s.stage?.value === f.st) p += 1;
  return p;
}
const only = process.argv.find((a) => a.startsWith('--set='))?.slice(6);
const counts = new Map<string, { KW: number; kd: number; rd: number; total: number }>();
const files: (readonly RealSentence[])[] = process.argv.includes('--phrasebook')
  ? PHRASEBOOK.map((b) =>
      b.cases.map(
        (c, i) =>
          ({
            id: `${b.area}-${i + 1}`,
            locale: b.locale,
            url: 'phrasebook',
            text: c.text,
            split: b.area,
            facts: c.facts,
          }) as unknown as RealSentence,
      ),
    )
  : RELEASED_SENTENCES.map((f) => f as readonly RealSentence[]);
for (const file of files)
  for (const sentence of file as readonly RealSentence[]) {
    const split = sentence.split;
    if (split === 'test18') continue;
    if (only && split !== only) continue;
    const { statements } = extractReport(sentence.text, { locale: sentence.locale });
    for (const f of sentence.facts) {
      let best: Statement | undefined;
      let bp = 0;
      for (const s of statements) {
        const p = points(f, s);
        if (p > bp) {
          best = s;
          bp = p;
        }
      }
      if (!best) continue;
      const c = counts.get(split) ?? { KW: 0, kd: 0, rd: 0, total: 0 };
      counts.set(split, c);
      c.total++;
      const want = f.k ?? 'actual';
      const doubted = best.kind.confidence === 'uncertain';
      let tag = '';
      if (best.kind.value !== want) tag = doubted ? 'kd' : 'KW';
      else if (doubted) tag = 'rd';
      if (!tag) continue;
      c[tag as 'KW' | 'kd' | 'rd']++;
      console.log(
        `${tag} ${sentence.id} [${split}] want=${want} got=${best.kind.value} rule=${best.kind.rule}${doubted ? ` doubt=${best.kind.doubt?.reason}` : ''}\n   ${sentence.text}\n   fact=${JSON.stringify(f)} name=${best.name?.value ?? '∅'}`,
      );
    }
  }
console.log('\nsplit KW kd rd total');
for (const [k, c] of [...counts].sort()) console.log(`${k} ${c.KW} ${c.kd} ${c.rd} ${c.total}`);
