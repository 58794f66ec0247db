import type { RealFact, RealSentence } from './types';

/**
 * The THIRTY-THIRD fresh set (`test33`), English part B (`test33-en.ts`, `test33c-en.ts` and `test33-vi.ts` are other
 * builders' parts, not read): sentences copied verbatim from the stored text the `pages` search index returns, on
 * sites whose registrable domain starts with a letter from m to z or a digit and that are absent from every earlier
 * file. Being written; the full header follows at the end of the round.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const MYJOY_GH_GRA_2021 =
  'https://www.myjoyonline.com/gra-hits-2021-revenue-target-with-57-32bn-highest-growth-in-10-years/';
const GUARDIAN_NG_OIL_MAY_2025 = 'https://guardian.ng/news/nnpc-remits-n4-7tr-as-oil-revenue-shortfall-hits-5-7b/';
const TRIBUNE_PK_FBR_Q1_2010 = 'https://tribune.com.pk/story/56478/tax-revenue-falls-short-of-expectations';
const THENEWS_PK_FBR_2022 = 'https://www.thenews.com.pk/print/970420-record-collection';
const NEWSDRUM_IN_JHARKHAND_REVENUE =
  'https://www.newsdrum.in/business/62-per-cent-revenue-target-achieved-till-dec-31-says-jharkhand-finance-minister-8605195';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const TEST33B_EN_ROWS: readonly Row[] = [
  // Ghana, the revenue authority's collections of 2021 (myjoyonline.com)
  [MYJOY_GH_GRA_2021, 'The Ghana Revenue Authority (GRA) has achieved its revenue target in the 2021 Budget.', []],
  [
    MYJOY_GH_GRA_2021,
    'Data cited JoyBusiness showed that it was able to collect a little over ¢57.32 billion as against a target of ¢57.02 billion.',
    [n('57320000000', { a: 'over' }), goal(n('57020000000'))],
  ],
  [
    MYJOY_GH_GRA_2021,
    'This, the officials of the Authority, say represents a growth rate of 26.3 per cent over the 2020 revenue and is the highest annual growth in the last ten years.',
    [ch('rate 26.3 2020')],
  ],
  [MYJOY_GH_GRA_2021, 'The Domestic Tax Revenue Division collected GH₵41.23 billion.', [n('41230000000')]],
  [
    MYJOY_GH_GRA_2021,
    'This performance is an improvement of 25.6 per cent over the 2020 revenue performance.',
    [ch('rate 25.6 2020')],
  ],
  // Nigeria, crude output against the OPEC quota and the 2025 budget, January-May 2025 (guardian.ng)
  [
    GUARDIAN_NG_OIL_MAY_2025,
    'Losses to oil production targets, yesterday, hits $5.7 billion (about N8.7 trillion) in the first five months of 2025, as the Nigerian National Petroleum Company Limited (NNPCL) remitted N4.7 trillion to the federation account in the first three months of the year.',
    [usd('5700000000', { p: '2025-YTD-05' }), n('4700000000000')],
  ],
  [
    GUARDIAN_NG_OIL_MAY_2025,
    'NUPRC revealed that the country’s oil production remained stagnant at 1.4 million barrels per day (bpd), falling short of OPEC’s 1.5 million bpd quota and the government’s budgeted benchmark of 2.06 million bpd.',
    [n('1400000'), goal(n('1500000')), goal(n('2060000'))],
  ],
  [
    GUARDIAN_NG_OIL_MAY_2025,
    'Rather than improving, output actually declined slightly from April’s 1,485,700 bpd to 1,451,941 bpd in May.',
    [n('1485700'), n('1451941')],
  ],
  [
    GUARDIAN_NG_OIL_MAY_2025,
    'The daily average oil production in May was 1,657,453 bpd, comprising 1,452,741 bpd of crude oil and 152,547 bpd of condensates.',
    [n('1657453'), n('1452741'), n('152547')],
  ],
  // Pakistan, the FBR's collections of the first quarter of 2010-11 (tribune.com.pk)
  [
    TRIBUNE_PK_FBR_Q1_2010,
    'The FBR has collected Rs267 billion in tax revenue in the first quarter of FY2010-11, a 17 per cent increase from the first quarter of last year, but falling shy of the Rs339 billion target that was forecast for the period.',
    [n('267000000000', { ch: ['rate 17 same-period-last-year'] }), goal(n('339000000000'))],
  ],
  [
    TRIBUNE_PK_FBR_Q1_2010,
    'Tax revenue collected during the month of September amounts to Rs97 billion and is expected to cross Rs100 billion once the last day’s (September 30th) collection is added.',
    [n('97000000000'), goal(n('100000000000', { a: 'over' }))],
  ],
  [
    TRIBUNE_PK_FBR_Q1_2010,
    'The targeted revenue collection for September was Rs 143.4 billion.',
    [goal(n('143400000000'))],
  ],
  // Pakistan, the FBR's target of 2021-22 met (thenews.com.pk, a reader's letter)
  [
    THENEWS_PK_FBR_2022,
    'Congratulations to the Federal Board of Revenue (FBR) on achieving the budgeted target of Rs5.829 trillion in tax collection.',
    [goal(n('5829000000000'))],
  ],
  [
    THENEWS_PK_FBR_2022,
    'This is perhaps the first time in the history of Pakistan that the FBR has achieved its revenue target.',
    [],
  ],
  // India, Jharkhand's revenue collection against the target of 2024-25 (newsdrum.in, relaying PTI)
  [
    NEWSDRUM_IN_JHARKHAND_REVENUE,
    'Ranchi, Jan 9 (PTI) Jharkhand has achieved 62 per cent of its revenue collection target for the ongoing fiscal till December 31, Finance Minister Radhakrishna Kishore said on Thursday.',
    [{ c: '62' }],
  ],
  [
    NEWSDRUM_IN_JHARKHAND_REVENUE,
    'Speaking to reporters after chairing a review meeting of his department, Kishore expressed confidence that the state would achieve 90-95 per cent of the target by March 31.',
    [],
  ],
  [
    NEWSDRUM_IN_JHARKHAND_REVENUE,
    'The revenue collection target for the fiscal is Rs 26,000 crore.',
    [goal(n('260000000000'))],
  ],
];

export const TEST33B_EN: readonly RealSentence[] = TEST33B_EN_ROWS.map(([url, text, facts], i) => ({
  id: `test33b-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test33',
  facts,
}));
