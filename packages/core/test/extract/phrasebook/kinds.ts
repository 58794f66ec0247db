import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `kinds-en` / `kinds-vi` (round 29): target or actual — a plan's value stated
 * beside the result it is compared with.
 *
 * (a) THE PLAN'S VALUE AFTER A COMPARISON: `mới chỉ đạt lần lượt 51,3% và 54,8%, so với mục tiêu
 *     phải đạt 80% và 60%`, `so với kế hoạch là 5.000 tỷ đồng`, `Compared to the target of 10
 *     trillion dong earlier this year, Agribank has achieved …`, `lower than the target of 80%`: the
 *     value after a comparison word, a plan noun and its link is the plan's — a target (it was read
 *     a certain actual). A clause that opens with such a comparison and has no figure (`So với mục
 *     tiêu đề ra, …`, `Against the target set for the year, …`) frames no goal (the result after it
 *     was read a certain target). Near-misses: a comparison with no value after its plan noun (`So với kế
 *     hoạch, …`, `Compared to the plan, …`), a comparison with an earlier period (`so với năm 2023 là
 *     …`, `compared to US$42 billion last year`), another body's estimate (`lower than the USDA
 *     estimate of 29.9 million bags`): actual.
 *
 * Annotated as the real corpus (`real-corpus/test18b-vi.ts`, `test15b-en.ts`): the plan's value is
 * `k: 'target'`, the result an actual; no period unless the sentence names one.
 */

interface Pair {
  readonly result: string;
  readonly plan: string;
  readonly r: RealFact;
  readonly p: RealFact;
}

const VI_PAIRS: readonly (readonly [measure: string, pair: Pair])[] = [
  [
    'Tổng thu ngân sách',
    {
      result: '5.200 tỷ đồng',
      plan: '5.000 tỷ đồng',
      r: { v: '5200000000000', u: 'VND' },
      p: { v: '5000000000000', u: 'VND' },
    },
  ],
  [
    'Tỷ lệ hộ dân sử dụng nước sạch',
    { result: '91,5%', plan: '95%', r: { v: '91.5', u: 'percent' }, p: { v: '95', u: 'percent' } },
  ],
  [
    'Kim ngạch xuất khẩu',
    { result: '12,4 tỷ USD', plan: '12 tỷ USD', r: { v: '12400000000', u: 'USD' }, p: { v: '12000000000', u: 'USD' } },
  ],
  [
    'Tỷ lệ hồ sơ trực tuyến',
    { result: '54,8%', plan: '60%', r: { v: '54.8', u: 'percent' }, p: { v: '60', u: 'percent' } },
  ],
];

const EN_PAIRS: readonly (readonly [measure: string, pair: Pair])[] = [
  [
    'Export turnover',
    {
      result: 'US$45.5 billion',
      plan: 'US$42 billion',
      r: { v: '45500000000', u: 'USD' },
      p: { v: '42000000000', u: 'USD' },
    },
  ],
  [
    'State budget revenue',
    {
      result: 'VND 86.4 trillion',
      plan: 'VND 80 trillion',
      r: { v: '86400000000000', u: 'VND' },
      p: { v: '80000000000000', u: 'VND' },
    },
  ],
  [
    'The online filing rate',
    { result: '54.8%', plan: '80%', r: { v: '54.8', u: 'percent' }, p: { v: '80', u: 'percent' } },
  ],
  [
    'Tourism revenue',
    {
      result: '17.4 billion USD',
      plan: '20 billion USD',
      r: { v: '17400000000', u: 'USD' },
      p: { v: '20000000000', u: 'USD' },
    },
  ],
];

const target = (f: RealFact): RealFact => ({ k: 'target', ...f });

function viCases(): PhraseCase[] {
  const frames: readonly string[] = [
    'so với mục tiêu',
    'so với mục tiêu là',
    'so với mục tiêu phải đạt',
    'so với mục tiêu đặt ra là',
    'so với mục tiêu đề ra là',
    'so với kế hoạch',
    'so với kế hoạch là',
    'so với chỉ tiêu phải đạt',
    'so với chỉ tiêu được giao là',
    'so với mục tiêu ban đầu là',
  ];
  const goals: PhraseCase[] = cross(frames, VI_PAIRS).map(([frame, [m, x]]) => ({
    text: `${m} đạt ${x.result}, ${frame} ${x.plan}.`,
    facts: [x.r, target(x.p)],
  }));
  const nearMisses: PhraseCase[] = VI_PAIRS.flatMap(([m, x]) => [
    { text: `So với kế hoạch, ${m.toLowerCase()} đạt ${x.result}.`, facts: [x.r] },
    { text: `So với mục tiêu đề ra, ${m.toLowerCase()} đạt ${x.result}.`, facts: [x.r] },
    { text: `So với kế hoạch năm, ${m.toLowerCase()} đạt ${x.result}.`, facts: [x.r] },
  ]);
  return [...goals, ...nearMisses];
}

function enCases(): PhraseCase[] {
  const frames: readonly ((plan: string) => string)[] = [
    (p) => `compared to the target of ${p}`,
    (p) => `compared with the target of ${p}`,
    (p) => `compared with the plan of ${p}`,
    (p) => `against the target of ${p}`,
    (p) => `against a target of ${p}`,
    (p) => `versus the goal of ${p}`,
    (p) => `as compared to the plan of ${p}`,
  ];
  const goals: PhraseCase[] = cross(frames, EN_PAIRS).map(([frame, [m, x]]) => ({
    text: `${m} reached ${x.result}, ${frame(x.plan)}.`,
    facts: [x.r, target(x.p)],
  }));
  const fronted: PhraseCase[] = EN_PAIRS.map(([m, x]) => ({
    text: `Compared to the target of ${x.plan}, ${m.toLowerCase()} reached ${x.result}.`,
    facts: [target(x.p), x.r],
  }));
  const nearMisses: PhraseCase[] = EN_PAIRS.flatMap(([m, x]) => [
    { text: `Compared to the plan, ${m.toLowerCase()} reached ${x.result}.`, facts: [x.r] },
    { text: `Against the target set for the year, ${m.toLowerCase()} reached ${x.result}.`, facts: [x.r] },
    { text: `Compared with the plan for the year, ${m.toLowerCase()} reached ${x.result}.`, facts: [x.r] },
  ]);
  return [...goals, ...fronted, ...nearMisses];
}

export const KINDS_VI: Phrasebook = { area: 'kinds-vi', locale: 'vi', cases: viCases() };
export const KINDS_EN: Phrasebook = { area: 'kinds-en', locale: 'en', cases: enCases() };
