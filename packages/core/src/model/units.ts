import { asArgumentError } from '../errors/arguments';
import type { Unit } from './types';

const unit = (code: string, kind: Unit['kind'], vi: string, en: string | { one: string; other: string }): Unit => ({
  code,
  kind,
  words: { vi, en },
});

/**
 * Built-in units with Vietnamese and English words. Use them by code in
 * `defineIndicator({ unit: 'subscriber' })`, or define your own `Unit`.
 */
export const units = {
  /** Vietnamese đồng: `3.630 tỷ đồng` / `3,630 billion VND`. */
  VND: /* @__PURE__ */ unit('VND', 'currency', 'đồng', 'VND'),
  /** US dollar: `12 triệu USD` / `12 million USD`. */
  USD: /* @__PURE__ */ unit('USD', 'currency', 'USD', 'USD'),
  /** Percent (rates, shares): prints `%`, changes in percentage points. */
  percent: /* @__PURE__ */ unit('percent', 'percent', '%', '%'),
  /** Subscribers: `2.890.000 thuê bao` / `2,890,000 subscribers`. */
  subscriber: /* @__PURE__ */ unit('subscriber', 'count', 'thuê bao', { one: 'subscriber', other: 'subscribers' }),
  /** Telephone sets (densities of `máy/100 dân`). */
  phone: /* @__PURE__ */ unit('phone', 'count', 'máy', { one: 'phone', other: 'phones' }),
  /** Printed copies (newspapers, books): `18 triệu tờ, cuốn`. */
  copy: /* @__PURE__ */ unit('copy', 'count', 'tờ, cuốn', { one: 'copy', other: 'copies' }),
  /** Broadcast hours per day: `14 giờ/ngày`. */
  hoursPerDay: /* @__PURE__ */ unit('hours-per-day', 'duration', 'giờ/ngày', {
    one: 'hour per day',
    other: 'hours per day',
  }),
  /** Hours. */
  hour: /* @__PURE__ */ unit('hour', 'duration', 'giờ', { one: 'hour', other: 'hours' }),
  /** Services (public online services): `174 dịch vụ`. */
  service: /* @__PURE__ */ unit('service', 'count', 'dịch vụ', { one: 'service', other: 'services' }),
  /** Dossiers, applications (hồ sơ). */
  dossier: /* @__PURE__ */ unit('dossier', 'count', 'hồ sơ', { one: 'dossier', other: 'dossiers' }),
  /** Persons. */
  person: /* @__PURE__ */ unit('person', 'count', 'người', { one: 'person', other: 'people' }),
  /** Households. */
  household: /* @__PURE__ */ unit('household', 'count', 'hộ', { one: 'household', other: 'households' }),
  /** Enterprises. */
  enterprise: /* @__PURE__ */ unit('enterprise', 'count', 'doanh nghiệp', { one: 'enterprise', other: 'enterprises' }),
  /** Projects. */
  project: /* @__PURE__ */ unit('project', 'count', 'dự án', { one: 'project', other: 'projects' }),
  /** Metric tonnes. */
  tonne: /* @__PURE__ */ unit('tonne', 'count', 'tấn', { one: 'tonne', other: 'tonnes' }),
  /** Kilometres. */
  kilometre: /* @__PURE__ */ unit('km', 'count', 'km', 'km'),
  /** Hectares. */
  hectare: /* @__PURE__ */ unit('ha', 'count', 'ha', 'ha'),
  /** Times, a multiple: `gấp 51 lần` / `51 times`. */
  times: /* @__PURE__ */ unit('times', 'ratio', 'lần', { one: 'time', other: 'times' }),
  /** A count of things with no special word. */
  count: /* @__PURE__ */ unit('count', 'count', '', ''),
} as const satisfies Record<string, Unit>;

/** Codes of the built-in units. */
export type UnitCode = keyof typeof units;

let byCode: ReadonlyMap<string, Unit> | undefined;

/** The built-in unit with this code (`'VND'`, `'subscriber'`, `'hours-per-day'`, …), if any. */
export function findUnit(code: string): Unit | undefined {
  try {
    return findUnitUnguarded(code);
  } catch (error) {
    throw asArgumentError('findUnit', 'code', error);
  }
}

function findUnitUnguarded(code: string): Unit | undefined {
  byCode ??= new Map(Object.values(units).map((u) => [u.code, u] as const));
  return byCode.get(code) ?? (Object.hasOwn(units, code) ? units[code as UnitCode] : undefined);
}
