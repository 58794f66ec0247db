/**
 * Lists, per released set, every fact whose best statement reads the wrong target/actual kind
 * (certain: `KW`; doubted: `kd`) and every right kind doubted (`rd`). Never reads the held-out set (press.ts lists the released files only).
 */
import { extractReport } from '../src/extract';
import { PHRASEBOOK } from '../test/extract/phrasebook/index';
import { bestFor } from '../test/extract/real-corpus/score';
import type { RealSentence } from '../test/extract/real-corpus/types';
import { RELEASED_SENTENCES } from './press';

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
    if (only && split !== only) continue;
    const { statements } = extractReport(sentence.text, { locale: sentence.locale });
    for (const f of sentence.facts) {
      const best = bestFor(f, statements);
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
