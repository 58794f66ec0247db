import { describe, expect, it } from 'vitest';
import { figured, mark, markedChangeText, valueText } from './readings';

/**
 * Round 26, English recall of the released `test15` (epidemiology, airlines, banking, trade,
 * project progress), written as paraphrases of our own in other sectors, numbers and word order,
 * each with its near-misses; never a corpus sentence.
 */

/** Each statement with a figure as `value unit~bound c=completion [changes] k=kind p=period`; `?` marks an uncertain field. */
const readings = (text: string): string[] =>
  figured(text, 'en').map((s) => {
    const v = s.value?.value;
    const bound = v?.approximate ? `~${v.approximate}` : '';
    const ch = s.changes.map(markedChangeText);
    const c = s.completion ? ` c=${s.completion.value.percent.value}${mark(s.completion)}` : '';
    return `${valueText(s)}${bound}${mark(s.value)}${c} [${ch.join(', ')}] k=${s.kind.value} p=${s.period?.value ?? '-'}${mark(s.period)}`;
  });

describe('a list of names each with a bare count in brackets (`Dan Phuong (1,057), Thanh Oai (854)`)', () => {
  it('reads each bracketed count as its named item’s figure, doubted as bracketed', () => {
    expect(
      readings('Provinces with the most new FDI projects were Binh Duong (212), Long An (148), Bac Ninh (96).'),
    ).toEqual(['212? [] k=actual p=-', '148? [] k=actual p=-', '96? [] k=actual p=-']);
    expect(readings('In 2023, the busiest ports were Cai Mep (1,204), Hai Phong (987) and Da Nang (310).')).toEqual([
      '1204? [] k=actual p=2023',
      '987? [] k=actual p=2023',
      '310? [] k=actual p=2023',
    ]);
    expect(
      readings('Vinamilk leads with 250 stores, followed by TH True Milk (180), Nutifood (95) and Moc Chau (41).'),
    ).toEqual(['250? [] k=actual p=-', '180? [] k=actual p=-', '95? [] k=actual p=-', '41? [] k=actual p=-']);
  });

  it('reads no count from a month’s reading, a year, numbered labels or a lone bracket (near-misses)', () => {
    expect(readings('The index stood in October (49.6), as it was in September (49.7).')).toEqual([]);
    expect(readings('The reports of Vinamilk (2023) and Masan (2022) were published in April.')).toEqual([]);
    expect(readings('The city opened Stage (1) and Stage (2) of the park.')).toEqual([]);
    expect(readings('The largest carrier in the market is Vietjet (77 aircraft).')).toEqual([]);
    expect(readings('Cases were recorded in several districts (1,057), mostly in the west.')).toEqual([]);
  });
});
