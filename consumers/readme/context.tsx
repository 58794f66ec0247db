/**
 * What the README examples assume is already there (an indicator defined above, a dataset loaded),
 * built with the public API of the packed packages, and the helpers the instrumented blocks call.
 * Every core export is re-exported: a block that uses a function an earlier block imported gets it.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  assertDataset,
  ChitieuError,
  type Dataset,
  defineIndicator,
  type Evaluation,
  evaluate,
  evaluateDataset,
  type Indicator,
  type ObservationInput,
} from '@chitieu/core';

export * from '@chitieu/core';
export * from '@chitieu/react';

export const revenue: Indicator = defineIndicator({
  id: 'revenue',
  name: { vi: 'Tổng doanh thu toàn ngành', en: 'Total sector revenue' },
  unit: 'VND',
  scale: 9,
  percentDecimals: 1,
});

export const broadband: Indicator = defineIndicator({
  id: 'broadband',
  name: { vi: 'Thuê bao internet băng thông rộng trên toàn mạng', en: 'Broadband internet subscribers' },
  unit: 'subscriber',
  percentDecimals: 2,
  density: { per: 100, decimals: 1 },
});

export const poverty: Indicator = defineIndicator({
  id: 'poverty',
  name: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' },
  unit: 'percent',
  direction: 'lower-is-better',
  percentDecimals: 1,
});

/** A rate held under a ceiling: a level, applied to every part by `allocate`, never split. */
export const povertyRate: Indicator = poverty;

/** "Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch; năm 2021 phấn đấu đạt 3.745 tỷ đồng." */
export const revenue2020: Evaluation = evaluate(
  {
    indicator: 'revenue',
    period: '2020',
    actual: '3630',
    estimated: true,
    stated: { completion: '100.6' },
    nextTarget: { period: '2021', value: '3745' },
  },
  revenue,
);

/** "… đạt 1.800.000 thuê bao, đạt mật độ 49,8 thuê bao/100 dân, bằng 105,88% kế hoạch." */
export const broadband2020: Evaluation = evaluate(
  {
    indicator: 'broadband',
    period: '2020',
    actual: '1800000',
    target: '1700000',
    population: '3614458',
    nextTarget: { period: '2021', value: '1830000' },
  },
  broadband,
);

export const observation: ObservationInput = {
  indicator: 'revenue',
  period: '2020',
  actual: '3630',
  target: '3608',
  previous: '3400',
  estimated: true,
};
export const evaluation: Evaluation = evaluate(observation, revenue);
export const pastObservations = [
  { period: '2018', actual: '3150' },
  { period: '2019', actual: '3400', target: '3350' },
  { period: '2020', actual: '3630', target: '3608' },
] as const;
export const observations = pastObservations;

/** Ten indicators of a year-end review: eight met or exceeded, one near (96,0%), one missed (92,1%). */
export const dataset: Dataset = assertDataset({
  title: { vi: 'Tổng kết năm 2020', en: '2020 year-end review' },
  indicators: [
    ...[
      'Bưu chính công ích',
      'Thuê bao di động',
      'Thuê bao cố định',
      'Trạm BTS',
      'Dịch vụ công',
      'Hồ sơ trực tuyến',
      'Phát hành báo chí',
      'Giờ phát sóng',
    ].map((vi, i) => ({ id: `i${i + 1}`, name: { vi, en: `Indicator ${i + 1}` }, unit: 'count', percentDecimals: 1 })),
    {
      id: 'telecom',
      name: { vi: 'Doanh thu viễn thông', en: 'Telecom revenue' },
      unit: 'VND',
      scale: 9,
      percentDecimals: 1,
    },
    {
      id: 'postal',
      name: { vi: 'Doanh thu bưu chính', en: 'Postal revenue' },
      unit: 'VND',
      scale: 9,
      percentDecimals: 1,
    },
  ],
  observations: [
    ...Array.from({ length: 8 }, (_, i) => ({
      indicator: `i${i + 1}`,
      period: '2020',
      actual: `${100 + i}`,
      target: '100',
    })),
    { indicator: 'telecom', period: '2020', actual: '96', target: '100' },
    { indicator: 'postal', period: '2020', actual: '92.1', target: '100' },
  ],
});
export const evaluations: readonly Evaluation[] = evaluateDataset(dataset);

// ——— the checks the instrumented blocks call ———

const failures: string[] = [];
let checked = 0;

/** A shown string with … or ...: these parts, in this order (the first is a prefix unless the text began with …). */
/** `…` between the items of a shown array: any number of items in between. */
export const __GAP: unique symbol = Symbol('…');

class Parts {
  constructor(readonly parts: readonly string[]) {}
}
export function __parts(parts: readonly string[]): Parts {
  return new Parts(parts);
}

function mismatch(actual: unknown, expected: unknown, path: string): string | null {
  if (expected instanceof Parts) {
    if (typeof actual !== 'string') return `${path} is ${show(actual)}, expected a string`;
    let from = 0;
    for (const [k, part] of expected.parts.entries()) {
      const at = actual.indexOf(part, from);
      if (at < 0 || (k === 0 && at !== 0))
        return `${path} is ${show(actual)}, expected ${show(expected.parts.join('…'))}…`;
      from = at + part.length;
    }
    return null;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path} is ${show(actual)}, expected an array`;
    const gap = expected.indexOf(__GAP);
    const head = gap < 0 ? expected : expected.slice(0, gap);
    const tail = gap < 0 ? [] : expected.slice(gap + 1);
    if (gap < 0 ? actual.length !== expected.length : actual.length < head.length + tail.length) {
      return `${path} has ${actual.length} items: ${show(actual)}, the README shows ${expected.length}${gap < 0 ? '' : ' or more'}`;
    }
    for (const [k, item] of head.entries()) {
      const m = mismatch(actual[k], item, `${path}[${k}]`);
      if (m) return m;
    }
    for (const [k, item] of tail.entries()) {
      const at = actual.length - tail.length + k;
      const m = mismatch(actual[at], item, `${path}[${at}]`);
      if (m) return m;
    }
    return null;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return `${path} is ${show(actual)}, expected an object`;
    for (const [key, value] of Object.entries(expected)) {
      const m = mismatch((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
      if (m) return m;
    }
    return null;
  }
  return isDeepStrictEqual(actual, expected) ? null : `${path} is ${show(actual)}, the README shows ${show(expected)}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
}

export function __check(run: () => unknown, expected: unknown, line: number): void {
  checked++;
  try {
    const m = mismatch(run(), expected, 'the value');
    if (m) failures.push(`line ${line}: ${m}`);
  } catch (error) {
    failures.push(`line ${line}: threw ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function __throws(run: () => unknown, code: string, parts: readonly string[], line: number): void {
  checked++;
  try {
    const value = run();
    failures.push(`line ${line}: returned ${show(value)}, the README shows ${code}`);
  } catch (error) {
    if (!ChitieuError.is(error)) failures.push(`line ${line}: threw ${String(error)}, not a ChitieuError`);
    else if (error.code !== code) failures.push(`line ${line}: threw ${error.code}, the README shows ${code}`);
    else {
      const missing = parts.filter((p) => !error.message.includes(p));
      if (missing.length)
        failures.push(`line ${line}: the message '${error.message}' lacks ${missing.map(show).join(', ')}`);
    }
  }
}

process.on('beforeExit', () => {
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exitCode = 1;
  } else console.log(`${checked} output(s) checked`);
});
