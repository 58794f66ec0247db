import {
  type Dataset,
  type Direction,
  defineIndicator,
  defineObservation,
  type Indicator,
  type IndicatorInput,
  type ObservationInput,
  parseDataset,
  type TargetKind,
} from '@chitieu/core';

/** Indicators in every state a component must show; values in the indicator's scale. */
export const indicators = {
  broadband: defineIndicator({
    id: 'broadband',
    name: { vi: 'Thuê bao internet băng thông rộng', en: 'Broadband internet subscribers' },
    unit: 'subscriber',
    percentDecimals: 2,
    density: { per: 100 },
    group: { vi: 'Viễn thông', en: 'Telecommunications' },
  }),
  press: defineIndicator({
    id: 'press',
    name: { vi: 'Phát hành báo chí', en: 'Newspapers distributed' },
    unit: 'copy',
    scale: 6,
    percentDecimals: 0,
    group: { vi: 'Báo chí', en: 'Press' },
  }),
  revenue: defineIndicator({
    id: 'revenue',
    name: { vi: 'Tổng doanh thu toàn ngành', en: 'Total sector revenue' },
    unit: 'VND',
    scale: 9,
    percentDecimals: 1,
    group: { vi: 'Toàn ngành', en: 'Whole sector' },
  }),
  services: defineIndicator({
    id: 'services',
    name: { vi: 'Dịch vụ công trực tuyến mức độ 4', en: 'Level-4 online public services' },
    unit: 'service',
    percentDecimals: 1,
    group: { vi: 'Dịch vụ công', en: 'Public services' },
  }),
  budget: defineIndicator({
    id: 'budget',
    name: { vi: 'Nộp ngân sách Nhà nước', en: 'Paid to the state budget' },
    unit: 'VND',
    scale: 9,
    group: { vi: 'Toàn ngành', en: 'Whole sector' },
  }),
  poverty: defineIndicator({
    id: 'poverty',
    name: { vi: 'Tỷ lệ hộ nghèo', en: 'Household poverty rate' },
    unit: 'percent',
    direction: 'lower-is-better',
    decimals: 2,
    percentDecimals: 1,
    group: { vi: 'Xã hội', en: 'Social' },
  }),
  inflation: defineIndicator({
    id: 'inflation',
    name: { vi: 'Chỉ số giá tiêu dùng tăng', en: 'Consumer price increase' },
    unit: 'percent',
    direction: 'neither',
    targetKind: 'band',
    decimals: 1,
    group: { vi: 'Kinh tế', en: 'Economy' },
  }),
  investment: defineIndicator({
    id: 'investment',
    name: { vi: 'Tổng vốn đầu tư toàn xã hội', en: 'Total social investment' },
    unit: 'VND',
    scale: 0,
    decimals: 0,
    percentDecimals: 2,
    group: { vi: 'Kinh tế', en: 'Economy' },
  }),
  longName: defineIndicator({
    id: 'long-name',
    name: {
      vi: 'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý và trả kết quả trực tuyến toàn trình mức độ 4 trên Cổng dịch vụ công của tỉnh và Cổng dịch vụ công Quốc gia',
      en: 'Share of administrative procedure dossiers received, processed and returned fully online at level 4 on the provincial and the National Public Service Portals',
    },
    unit: 'percent',
    decimals: 2,
    percentDecimals: 2,
    group: { vi: 'Dịch vụ công', en: 'Public services' },
  }),
} satisfies Record<string, Indicator>;

export type FixtureId = keyof typeof indicators;

/** One observation per state (2020), keyed like the stories. */
export const states = {
  exceeded: {
    indicator: indicators.broadband,
    observation: {
      indicator: 'broadband',
      period: '2020',
      actual: '1800000',
      target: '1700000',
      previous: '1500000',
      population: '3614458',
    },
  },
  met: {
    indicator: indicators.press,
    observation: { indicator: 'press', period: '2020', actual: '18', target: '18', previous: '18' },
  },
  near: {
    indicator: indicators.services,
    observation: { indicator: 'services', period: '2020', actual: '628', target: '650', previous: '420' },
  },
  missed: {
    indicator: indicators.services,
    observation: { indicator: 'services', period: '2020', actual: '520', target: '650', previous: '420' },
  },
  noTarget: {
    indicator: indicators.budget,
    observation: { indicator: 'budget', period: '2020', actual: '200', previous: '185' },
  },
  noData: {
    indicator: indicators.revenue,
    observation: { indicator: 'revenue', period: '2020', actual: null, target: '3608' },
  },
  estimated: {
    indicator: indicators.revenue,
    observation: {
      indicator: 'revenue',
      period: '2020',
      actual: '3630',
      target: '3608',
      previous: '3400',
      estimated: true,
    },
  },
  lowerIsBetter: {
    indicator: indicators.poverty,
    observation: { indicator: 'poverty', period: '2020', actual: '2.1', target: '2.5', previous: '2.6' },
  },
  band: {
    indicator: indicators.inflation,
    observation: {
      indicator: 'inflation',
      period: '2020',
      actual: '3.2',
      target: { min: '3', max: '4' },
      previous: '2.8',
    },
  },
  hugeValues: {
    indicator: indicators.investment,
    observation: {
      indicator: 'investment',
      period: '2020',
      actual: '987654321098765432109876',
      target: '987654321098765432109870',
      previous: '876543210987654321098765',
    },
  },
  longName: {
    indicator: indicators.longName,
    observation: { indicator: 'long-name', period: '2020', actual: '57.53', target: '60', previous: '21.4' },
  },
} satisfies Record<string, { indicator: Indicator; observation: ObservationInput }>;

export type StateName = keyof typeof states;
export const STATE_NAMES = Object.keys(states) as StateName[];

/** Quarterly history for sparklines, oldest first. */
export const revenueHistory: readonly ObservationInput[] = [
  { indicator: 'revenue', period: '2019-Q1', actual: '790', target: '800' },
  { indicator: 'revenue', period: '2019-Q2', actual: '860', target: '840' },
  { indicator: 'revenue', period: '2019-Q3', actual: '845', target: '860' },
  { indicator: 'revenue', period: '2019-Q4', actual: '905', target: '900' },
  { indicator: 'revenue', period: '2020-Q1', actual: '850', target: '880' },
  { indicator: 'revenue', period: '2020-Q2', actual: '812', target: '890' },
  { indicator: 'revenue', period: '2020-Q3', actual: '934', target: '910' },
  { indicator: 'revenue', period: '2020-Q4', actual: '1034', target: '928' },
];

/** A dataset of every state, for scorecards and summaries. */
export function statesDataset(): Dataset {
  const seen = new Map<string, Indicator>();
  for (const s of Object.values(states)) seen.set(s.indicator.id, s.indicator);
  // Two states share `services` (near and missed): keep one observation per indicator and period.
  const observations = new Map<string, ObservationInput>();
  for (const s of Object.values(states)) observations.set(s.observation.indicator, s.observation);
  const result = parseDataset({
    title: { vi: 'Mọi trạng thái', en: 'Every state' },
    indicators: [...seen.values()],
    observations: [...observations.values()],
  });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.dataset;
}

export const EMPTY_DATASET: Dataset = {
  title: { vi: 'Chưa có chỉ tiêu', en: 'No indicators yet' },
  indicators: [],
  observations: [],
};

const GROUPS = [
  { vi: 'Bưu chính', en: 'Post' },
  { vi: 'Viễn thông', en: 'Telecommunications' },
  { vi: 'Công nghệ thông tin', en: 'Information technology' },
  { vi: 'Báo chí', en: 'Press' },
  { vi: 'Xuất bản', en: 'Publishing' },
] as const;

/**
 * A deterministic dataset of `count` indicators (no Math.random: the story and its test must
 * see the same rows). Values come from a small linear congruential sequence, as strings.
 */
export function largeDataset(count: number): Dataset {
  let seed = 20201;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const inds: IndicatorInput[] = [];
  const obs: ObservationInput[] = [];
  for (let i = 0; i < count; i++) {
    const id = `i${i}`;
    const group = GROUPS[i % GROUPS.length] ?? GROUPS[0];
    const direction: Direction = i % 7 === 0 ? 'lower-is-better' : 'higher-is-better';
    const targetKind: TargetKind = 'point';
    inds.push({
      id,
      name: { vi: `Chỉ tiêu ${i + 1}`, en: `Indicator ${i + 1}` },
      unit: i % 3 === 0 ? 'VND' : 'count',
      scale: i % 3 === 0 ? 9 : 0,
      direction,
      targetKind,
      percentDecimals: 1,
      group,
    });
    const target = 1000 + (next() % 9000);
    // Integers only: the fixture never needs fractional float arithmetic.
    const actual = Math.floor((target * (80 + (next() % 40))) / 100);
    obs.push({
      indicator: id,
      period: '2020',
      actual: String(actual),
      target: String(target),
      previous: String(target - (next() % 500)),
      ...(i % 11 === 0 ? { estimated: true } : {}),
    });
  }
  return {
    title: { vi: `${count} chỉ tiêu`, en: `${count} indicators` },
    indicators: inds.map((i) => defineIndicator(i)),
    observations: obs.map((o) => defineObservation(o)),
  };
}
