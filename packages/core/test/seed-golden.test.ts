/**
 * Golden figures from the real report (shared/seed/thanh-hoa-ict-2020.vi.txt), domain.md §4,
 * computed through the public API with exact decimals and half-up rounding.
 */
import { describe, expect, it } from 'vitest';
import {
  defineIndicator,
  evaluate,
  impliedPopulation,
  intervalsOverlap,
  requiredGrowth,
  roundDecimal,
} from '../src/index';

const revenue = defineIndicator({
  id: 'revenue',
  name: { vi: 'Tổng doanh thu toàn ngành', en: 'Total sector revenue' },
  unit: 'VND',
  scale: 9,
  percentDecimals: 1,
});
const phones = defineIndicator({
  id: 'phones',
  name: { vi: 'Tổng số thuê bao điện thoại trên toàn mạng', en: 'Telephone subscribers' },
  unit: 'subscriber',
  percentDecimals: 2,
  density: { per: 100, unit: { vi: 'máy', en: { one: 'phone', other: 'phones' } } },
});
const broadband = defineIndicator({
  id: 'broadband',
  name: { vi: 'Thuê bao internet băng thông rộng', en: 'Broadband subscribers' },
  unit: 'subscriber',
  percentDecimals: 2,
  density: { per: 100 },
});
const dossiers = defineIndicator({ id: 'dossiers', name: 'Số hồ sơ trực tuyến mức độ 3, 4', unit: 'dossier' });

const r0 = (v: string | undefined) => roundDecimal(v ?? 'NaN', 0);
const r2 = (v: string | undefined) => roundDecimal(v ?? 'NaN', 2);

describe('seed: Thanh Hóa ICT 2020', () => {
  it('broadband 1.800.000 at 105,88% of plan: the plan was 1.700.000', () => {
    const e = evaluate(
      {
        indicator: 'broadband',
        period: '2020',
        actual: '1800000',
        target: '1700000',
        stated: { completion: '105.88', density: '49.8' },
      },
      broadband,
    );
    expect(e.completionPercent).toBe('105.88');
    expect(e.status).toBe('exceeded');
    expect(e.implied.target && r0(e.implied.target.value)).toBe('1700038');
    expect(
      e.implied.target &&
        intervalsOverlap(e.implied.target.interval, {
          min: '1700000',
          max: '1700000',
          minInclusive: true,
          maxInclusive: true,
        }),
    ).toBe(true);
  });

  it('broadband density 49,8/100 dân implies a population of 3.614.458 (3.610.833 – 3.618.090)', () => {
    const e = evaluate(
      { indicator: 'broadband', period: '2020', actual: '1800000', stated: { density: '49.8' } },
      broadband,
    );
    const p = e.implied.population;
    expect(r0(p?.value)).toBe('3614458');
    expect(r0(p?.interval.min)).toBe('3610832');
    expect(r0(p?.interval.max)).toBe('3618090');
    // The interval is (3610832.497…, 3618090.452…]: its integers run from 3.610.833.
    expect(roundDecimal(p?.interval.min ?? '0', 0, 'ceil')).toBe('3610833');
  });

  it('revenue ước đạt 3.630 tỷ đồng, đạt 100,6%: implied plan ≈ 3.608,35 tỷ (3.606,56 – 3.610,14)', () => {
    const e = evaluate(
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
    expect(e.estimated).toBe(true);
    expect(r2(e.implied.target?.value)).toBe('3608.35');
    expect(r2(e.implied.target?.interval.min)).toBe('3606.56');
    expect(r2(e.implied.target?.interval.max)).toBe('3610.14');
    expect(e.status).toBe('no-target'); // the report never states the plan itself
  });

  it('phones 2.890.000 at 100,67% of plan: implied plan ≈ 2.870.766', () => {
    const e = evaluate(
      { indicator: 'phones', period: '2020', actual: '2890000', stated: { completion: '100.67' } },
      phones,
    );
    expect(r0(e.implied.target?.value)).toBe('2870766');
  });

  it('2021 revenue target 3.745 tỷ đồng needs +3,17% over 2020', () => {
    expect(r2(`${requiredGrowth('3630', '3745').value}e2`)).toBe('3.17');
    const e = evaluate(
      { indicator: 'revenue', period: '2020', actual: '3630', nextTarget: { period: '2021', value: '3745' } },
      revenue,
    );
    expect(roundDecimal(e.requiredGrowth ?? '0', 4)).toBe('0.0317');
  });

  it('2021 targets assume different populations: 3.645.000 vs ≈3.616.601, intervals apart', () => {
    const phones2021 = impliedPopulation('2916000', '80.00').value;
    const broadband2021 = impliedPopulation('1830000', '50.60').value;
    expect(phones2021?.value).toBe('3645000');
    expect(r0(broadband2021?.value)).toBe('3616601');
    expect(phones2021 && broadband2021 && intervalsOverlap(phones2021.interval, broadband2021.interval)).toBe(false);
    // The same through evaluate: the next target's stated density.
    const e = evaluate(
      {
        indicator: 'phones',
        period: '2020',
        actual: '2890000',
        nextTarget: { period: '2021', value: '2916000', density: '80.00' },
      },
      phones,
    );
    expect(e.implied.nextPopulation?.value).toBe('3645000');
  });

  it('online dossiers “tăng 51 lần so với năm 2019” is a multiple: ×51', () => {
    const e = evaluate(
      {
        indicator: 'dossiers',
        period: '2020',
        actual: '51',
        previous: '1',
        base: { kind: 'period', period: '2019' },
        stated: { change: { form: 'times', value: '51', base: { kind: 'period', period: '2019' } } },
      },
      dossiers,
    );
    expect(e.change?.ratio).toBe('51');
    expect(e.change?.base).toEqual({ kind: 'period', period: '2019' });
    expect(e.implied.previous?.value).toBe('1');
  });
});
