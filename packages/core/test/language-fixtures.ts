/**
 * The seed report's indicators (shared/seed/thanh-hoa-ict-2020.vi.txt) as data, for the
 * language tests. Plans the report does not give are either left out (the report states only
 * the percentage) or chosen so that the computed completion rounds to the stated one.
 */

import type { Evaluation, ObservationInput } from '../src/index';
import { defineIndicator, evaluate } from '../src/index';

export const revenue = defineIndicator({
  id: 'revenue',
  name: { vi: 'Tổng doanh thu toàn ngành', en: 'Total sector revenue' },
  unit: 'VND',
  scale: 9,
  percentDecimals: 1,
});

export const budget = defineIndicator({
  id: 'budget',
  name: { vi: 'Nộp ngân sách Nhà nước', en: 'Paid to the state budget' },
  unit: 'VND',
  scale: 9,
});

export const press = defineIndicator({
  id: 'press',
  name: { vi: 'Phát hành báo chí', en: 'Press circulation' },
  unit: 'copy',
  scale: 6,
  percentDecimals: 0,
});

export const phones = defineIndicator({
  id: 'phones',
  name: { vi: 'Tổng số thuê bao điện thoại trên toàn mạng', en: 'Telephone subscribers' },
  unit: 'subscriber',
  percentDecimals: 2,
  density: { per: 100, unit: { vi: 'máy', en: { one: 'phone', other: 'phones' } } },
});

export const broadband = defineIndicator({
  id: 'broadband',
  name: { vi: 'Thuê bao internet băng thông rộng trên toàn mạng', en: 'Broadband internet subscribers' },
  unit: 'subscriber',
  percentDecimals: 2,
  density: { per: 100 },
});

/** The report writes `giờ/01 ngày` and `giờ/1 ngày` in one sentence; this unit uses the second. */
export const ownHours = defineIndicator({
  id: 'own-hours',
  name: { vi: 'số giờ tự sản xuất bình quân', en: 'Average self-produced hours' },
  unit: {
    code: 'hours-per-1-day',
    kind: 'duration',
    words: { vi: 'giờ/1 ngày', en: { one: 'hour a day', other: 'hours a day' } },
  },
  percentDecimals: 0,
});

export const level3Share = defineIndicator({
  id: 'level-3-share',
  name: { vi: 'tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến mức độ 3', en: 'Share of level-3 dossiers handled online' },
  unit: 'percent',
});

export const dossiers = defineIndicator({
  id: 'dossiers',
  name: { vi: 'số hồ sơ tiếp nhận trực tuyến mức độ 3, mức độ 4', en: 'Online dossiers at levels 3 and 4' },
  unit: 'dossier',
});

export const services = defineIndicator({
  id: 'services',
  name: {
    vi: 'Dịch vụ công trực tuyến tích hợp trên Cổng dịch vụ công Quốc gia',
    en: 'Online public services on the national portal',
  },
  unit: 'service',
});

export const ev = (input: Omit<ObservationInput, 'period'> & { period?: string }, indicator = revenue): Evaluation =>
  evaluate({ period: '2020', ...input }, indicator);

/** Revenue as the report states it: an estimate, 100,6% of a plan it does not give, next year's target. */
export const revenue2020 = ev({
  indicator: 'revenue',
  actual: '3630',
  estimated: true,
  stated: { completion: '100.6' },
  nextTarget: { period: '2021', value: '3745' },
});

/** Broadband with the plan (1.700.000) and population (3.614.458) the report implies. */
export const broadband2020 = ev(
  {
    indicator: 'broadband',
    actual: '1800000',
    target: '1700000',
    population: '3614458',
    stated: { completion: '105.88', density: '49.8' },
    nextTarget: { period: '2021', value: '1830000', density: '50.60' },
  },
  broadband,
);

/** Phones with the plan the report implies (≈ 2.870.766). */
export const phones2020 = ev(
  {
    indicator: 'phones',
    actual: '2890000',
    target: '2870766',
    stated: { completion: '100.67' },
    nextTarget: { period: '2021', value: '2916000', density: '80.00' },
  },
  phones,
);
