import type { RealFact } from '../real-corpus/types';
import { cross, type PhraseCase } from './harness';

/**
 * Round 32's classes (the silent wrong numbers of `test21`, written out as the language says them,
 * never a corpus sentence), each beside its near-misses.
 */

/**
 * `52 out of 148 listed companies beat their targets`, `12 of the 40 provinces`, `5 among the 63
 * localities`: the number after a part-of link that follows a count is the whole the part is taken
 * of, never the indicator's value (`share`). Near-misses: a link after no count (`revenue of 148
 * billion dong`), a count with its own verb and no link.
 */
export function enCountWholes(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [part, link, [noun, verb]] of cross(['52', '12', '7'], ['out of', 'out of the', 'of the', 'among the'], [
    ['listed companies', 'beat their annual profit targets'],
    ['provinces', 'met the disbursement plan'],
    ['ministries', 'exceeded their plans'],
  ] as const))
    out.push({ text: `${part} ${link} 148 ${noun} ${verb} in 9 months.`, facts: [] });
  // near-misses: no count before the link; the whole with its own value verb
  for (const [amount, v] of [
    ['148', '148000000000'],
    ['2,300', '2300000000000'],
  ] as const) {
    out.push({
      text: `The group reported revenue of ${amount} billion dong in 2023.`,
      facts: [{ v, u: 'VND', p: '2023' }],
    });
    out.push({
      text: `In 2023, net profit of the group reached ${amount} billion dong.`,
      facts: [{ v, u: 'VND', p: '2023' }],
    });
  }
  return out;
}

/**
 * `output approximated 17 billion kWh`: the verb of an approximation bounds its figure like `about`.
 * Near-misses: `reached`, `totalled` keep the figure exact.
 */
export function enApproximatedVerbs(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [subject, verb, [amount, v, u]] of cross(
    ['Thermal power output', 'Rice exports', 'Total revenue'],
    ['approximated', 'approximates', 'reached', 'totalled'],
    [
      ['17 billion kWh', '17000000000', undefined],
      ['US$3.2 billion', '3200000000', 'USD'],
    ] as const,
  )) {
    const a: RealFact = verb.startsWith('approximate') ? { a: 'about' } : {};
    out.push({ text: `${subject} ${verb} ${amount} in 2017.`, facts: [{ v, ...(u ? { u } : {}), ...a, p: '2017' }] });
  }
  return out;
}

/**
 * `The 5 largest firms reported …`, `the 10 biggest exporters`: a number right before a superlative
 * is the size of a ranking list (`counted-noun`), a part of the name. Near-misses: the figure after
 * the name, a superlative after a comma.
 */
export function enRankSizes(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [n, sup, noun] of cross(['5', '10', '20'], ['largest', 'biggest', 'smallest'], ['firms', 'exporters'])) {
    out.push({
      text: `The ${n} ${sup} ${noun} reported combined revenue of US$20 billion in 2023.`,
      facts: [{ v: '20000000000', u: 'USD', p: '2023' }],
    });
  }
  for (const n of ['5', '10']) {
    out.push({
      text: `Exports to the US rose ${n}% in 2023, the largest gain among all markets.`,
      facts: [{ ch: [`rate ${n} *`], p: '2023' }],
    });
  }
  out.push({
    text: 'Rice exports reached US$3.1 billion in 2023, the highest ever.',
    facts: [{ v: '3100000000', u: 'USD', p: '2023' }],
  });
  out.push({
    text: 'Coffee exports reached US$4.2 billion in 2023, the largest on record.',
    facts: [{ v: '4200000000', u: 'USD', p: '2023' }],
  });
  return out;
}

/**
 * `52 trong số 148 doanh nghiệp niêm yết …`: the Vietnamese part-of link (`share`). Near-misses: `của`,
 * `trong số` after no count.
 */
export function viCountWholes(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [part, link, noun] of cross(
    ['52', '12'],
    ['trong số', 'trong tổng số', 'trên tổng số'],
    ['doanh nghiệp niêm yết đã vượt kế hoạch lợi nhuận năm', 'tỉnh đã hoàn thành kế hoạch giải ngân'],
  ))
    out.push({ text: `Có ${part} ${link} 148 ${noun}.`, facts: [] });
  out.push({
    text: 'Năm 2023, doanh thu của tập đoàn đạt 148 tỷ đồng.',
    facts: [{ v: '148000000000', u: 'VND', p: '2023' }],
  });
  out.push({
    text: 'Năm 2022, doanh thu của công ty đạt 2.300 tỷ đồng.',
    facts: [{ v: '2300000000000', u: 'VND', p: '2022' }],
  });
  out.push({
    text: 'Năm 2023, kim ngạch xuất khẩu trong số các mặt hàng chủ lực đạt 148 triệu USD.',
    facts: [{ v: '148000000', u: 'USD', p: '2023' }],
  });
  return out;
}
