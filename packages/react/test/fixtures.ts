import { defineIndicator, type Evaluation, evaluate, type Indicator, type ObservationInput } from '@chitieu/core';

export const revenue: Indicator = defineIndicator({
  id: 'revenue',
  name: { vi: 'Tổng doanh thu toàn ngành', en: 'Total sector revenue' },
  unit: 'VND',
  scale: 9,
  percentDecimals: 1,
  group: { vi: 'Bưu chính, viễn thông', en: 'Post and telecoms' },
});

export const telecomRevenue: Indicator = defineIndicator({
  id: 'telecom-revenue',
  name: { vi: 'Doanh thu viễn thông', en: 'Telecoms revenue' },
  unit: 'VND',
  scale: 9,
  percentDecimals: 1,
  parent: 'revenue',
  group: { vi: 'Bưu chính, viễn thông', en: 'Post and telecoms' },
});

export const broadband: Indicator = defineIndicator({
  id: 'broadband',
  name: { vi: 'Thuê bao băng rộng cố định', en: 'Fixed broadband subscribers' },
  unit: 'subscriber',
  percentDecimals: 2,
  group: { vi: 'Bưu chính, viễn thông', en: 'Post and telecoms' },
});

export const services: Indicator = defineIndicator({
  id: 'services',
  name: { vi: 'Dịch vụ công trực tuyến mức độ 3, 4', en: 'Level 3–4 online public services' },
  unit: 'service',
  group: { vi: 'Chính quyền số', en: 'Digital government' },
});

export const poverty: Indicator = defineIndicator({
  id: 'poverty',
  name: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' },
  unit: 'percent',
  direction: 'lower-is-better',
  group: { vi: 'Xã hội', en: 'Society' },
});

export const inflation: Indicator = defineIndicator({
  id: 'inflation',
  name: { vi: 'Chỉ số giá tiêu dùng tăng', en: 'Consumer price growth' },
  unit: 'percent',
  direction: 'neither',
  targetKind: 'band',
  group: { vi: 'Xã hội', en: 'Society' },
});

export const LONG_NAME =
  'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ của các sở, ban, ngành cấp tỉnh và Ủy ban nhân dân cấp huyện, cấp xã';

export const dossiers: Indicator = defineIndicator({
  id: 'dossiers',
  name: { vi: LONG_NAME, en: 'Share of dossiers handled online' },
  unit: 'percent',
  group: { vi: 'Chính quyền số', en: 'Digital government' },
});

export const obs = {
  exceeded: { indicator: 'broadband', period: '2020', actual: '1800000', target: '1700000', previous: '1500000' },
  met: { indicator: 'services', period: '2020', actual: '174', target: '174', previous: '87' },
  near: { indicator: 'revenue', period: '2020', actual: '3500', target: '3630', previous: '3400', estimated: true },
  missed: { indicator: 'services', period: '2020', actual: '100', target: '174', previous: '120' },
  noTarget: { indicator: 'broadband', period: '2020', actual: '1800000' },
  noData: { indicator: 'broadband', period: '2020', target: '1700000' },
  lowerIsBetter: { indicator: 'poverty', period: '2020', actual: '2.1', target: '2.5', previous: '3' },
  band: { indicator: 'inflation', period: '2020', actual: '3.2', target: { min: '3', max: '4' }, previous: '2.8' },
  negativePrevious: { indicator: 'revenue', period: '2020', actual: '120', target: '100', previous: '-40' },
  zeroPrevious: { indicator: 'revenue', period: '2020', actual: '120', target: '100', previous: '0' },
  huge: { indicator: 'revenue', period: '2020', actual: '987654321987654321987654', target: '1000', previous: '900' },
  longName: { indicator: 'dossiers', period: '2020', actual: '56.35', target: '50', previous: '40' },
  child: { indicator: 'telecom-revenue', period: '2020', actual: '3200', target: '3100', previous: '3000' },
  parent: {
    indicator: 'revenue',
    period: '2020',
    actual: '3630',
    target: '3608',
    previous: '3400',
    nextTarget: { period: '2021', value: '3745' },
  },
} satisfies Record<string, ObservationInput>;

const indicators: Record<string, Indicator> = {
  revenue,
  'telecom-revenue': telecomRevenue,
  broadband,
  services,
  poverty,
  inflation,
  dossiers,
};

export function ev(o: ObservationInput): Evaluation {
  const indicator = indicators[o.indicator];
  if (indicator === undefined) throw new Error(`no fixture indicator ${o.indicator}`);
  return evaluate(o, indicator);
}

/** A scorecard of the fixtures: groups, a "trong đó" child, every status. */
export function scorecardEvaluations(): Evaluation[] {
  return [
    ev(obs.parent),
    ev(obs.child),
    ev(obs.exceeded),
    ev(obs.met),
    ev(obs.lowerIsBetter),
    ev(obs.band),
    ev(obs.longName),
  ];
}

/** `count` synthetic indicators with evaluations (for virtualisation tests and the benchmark). */
export function manyEvaluations(count: number): Evaluation[] {
  const sectors = ['Viễn thông', 'Bưu chính', 'Chuyển đổi số', 'Báo chí, xuất bản', 'Công nghệ thông tin'];
  const out: Evaluation[] = [];
  for (let i = 0; i < count; i++) {
    const indicator = defineIndicator({
      id: `i${i}`,
      name: `Chỉ tiêu số ${i + 1} — thuê bao băng rộng tại huyện ${(i % 27) + 1}`,
      unit: 'subscriber',
      percentDecimals: 2,
      group: sectors[i % sectors.length],
      ...(i % 10 === 9 ? { parent: `i${i - 1}` } : {}),
    });
    const target = 1000 + (i % 97) * 13;
    const actual = Math.round(target * (0.85 + ((i * 37) % 30) / 100));
    out.push(
      evaluate(
        {
          indicator: indicator.id,
          period: '2020',
          actual: String(actual),
          target: String(target),
          previous: String(actual - 50 + (i % 7) * 20),
        },
        indicator,
      ),
    );
  }
  return out;
}
