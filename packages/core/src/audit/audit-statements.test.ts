import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { div, fromInt, HUNDRED, mul, round, toDecimalString } from '../decimal/decimal';
import { extractStatements } from '../extract/extract-statements';
import { formatNumber } from '../format/format-number';
import { auditStatements } from './audit-statements';

const audit = (text: string, options = {}) =>
  auditStatements(extractStatements(text, { locale: 'vi', period: '2020' }), options);
const kinds = (text: string, options = {}) => audit(text, options).map((f) => f.kind);
const vi = (value: string, decimals: number) => formatNumber(value, { locale: 'vi', decimals });

describe('auditStatements', () => {
  it('completion › a stated plan that does not give the stated percentage', () => {
    const [f] = audit('Doanh thu đạt 3.630 tỷ đồng, kế hoạch giao 3.500 tỷ đồng, đạt 100,6% kế hoạch.');
    expect(f?.kind).toBe('completion-mismatch');
    expect(f?.statements).toEqual([0]);
    expect(f?.computed.value.startsWith('103.714285')).toBe(true);
    expect(f?.stated.interval).toMatchObject({ min: '100.55', max: '100.65' });
    expect(f?.message.vi).toContain('100,6%');
  });
  it('completion › a plan from an earlier statement of the same indicator and period', () => {
    const text =
      'Kế hoạch năm 2020: tổng số thuê bao điện thoại đạt 2.870.000 thuê bao. Năm 2020, thuê bao điện thoại trên toàn mạng đạt 2.890.000 thuê bao, bằng 101,67% kế hoạch.';
    const found = auditStatements(extractStatements(text, { locale: 'vi' }));
    expect(found.map((f) => f.kind)).toEqual(['completion-mismatch']);
    expect(found[0]?.statements).toEqual([1, 0]);
  });
  it('completion › rounding alone is no finding: 1.800.000 of 1.700.000 is 105,88%', () => {
    expect(kinds('Thuê bao đạt 1.800.000 thuê bao, kế hoạch 1.700.000 thuê bao, bằng 105,88% kế hoạch.')).toEqual([]);
  });
  it('density › a stated population that the density does not fit', () => {
    const text =
      'Dân số trung bình năm 2020 ước đạt 3.664.900 người. Năm 2020, thuê bao băng rộng đạt 1.800.000 thuê bao, đạt mật độ 49,8 thuê bao/100 dân.';
    const [f] = audit(text);
    expect(f?.kind).toBe('density-mismatch');
    expect(f?.statements).toEqual([1, 0]);
  });
  it('density › a population from the options; 3.614.458 fits 49,8', () => {
    const text = 'Năm 2020, thuê bao băng rộng đạt 1.800.000 thuê bao, đạt mật độ 49,8 thuê bao/100 dân.';
    expect(kinds(text, { population: { '2020': '3614458' } })).toEqual([]);
    expect(kinds(text, { population: { '2020': '3700000' } })).toEqual(['density-mismatch']);
  });
  it('densities › two targets of one year that assume different populations (the seed)', () => {
    const text =
      'Năm 2021, mục tiêu: thuê bao điện thoại đạt 2.916.000 thuê bao, mật độ đạt 80,00 máy/100 dân; thuê bao băng rộng đạt 1.830.000 thuê bao, đạt mật độ 50,60 thuê bao/100 dân.';
    const [f] = audit(text);
    expect(f?.kind).toBe('densities-disagree');
    expect(f?.computed.value).toBe('3645000');
    expect(f?.distance.gap.startsWith('27812.39')).toBe(true);
  });
  it('densities › 50,6 instead of 50,60 still disagrees; printed 50,5 would not', () => {
    const base =
      'Năm 2021, mục tiêu: thuê bao điện thoại đạt 2.916.000 thuê bao, mật độ đạt 80 máy/100 dân; thuê bao băng rộng đạt 1.830.000 thuê bao, đạt mật độ';
    expect(kinds(`${base} 50,2 thuê bao/100 dân.`)).toEqual([]);
    expect(kinds(`${base} 50,6 thuê bao/100 dân.`)).toEqual(['densities-disagree']);
  });
  it('component › a `trong đó` part larger than its total', () => {
    expect(kinds('Doanh thu đạt 3.630 tỷ đồng; trong đó doanh thu viễn thông đạt 3.700 tỷ đồng.')).toEqual([
      'component-exceeds-total',
    ]);
    expect(kinds('Doanh thu đạt 3.630 tỷ đồng; trong đó doanh thu viễn thông đạt 3.630 tỷ đồng.')).toEqual([]);
    expect(kinds('Doanh thu đạt 3,6 nghìn tỷ đồng; trong đó doanh thu viễn thông đạt 3.640 tỷ đồng.')).toEqual([]);
  });
  it('change › a stated growth that the two years do not give', () => {
    const text =
      'Năm 2019, doanh thu đạt 3.300 tỷ đồng. Năm 2020, doanh thu đạt 3.630 tỷ đồng, tăng 12% so với năm 2019.';
    const [f] = audit(text);
    expect(f?.kind).toBe('change-mismatch');
    expect(f?.computation.formula).toBe('(A ÷ P − 1) × 100');
    expect(kinds(text.replace('12%', '10%'))).toEqual([]);
  });
  it('change › `từ A lên B, tăng X%` and `gấp N lần`', () => {
    expect(kinds('Thuê bao tăng từ 1,5 triệu lên 1,8 triệu thuê bao, tăng 20%.')).toEqual([]);
    // 1,5 and 1,8 triệu are printed to 0,1 triệu: anything from +12,9% to +27,6% fits them.
    expect(kinds('Thuê bao tăng từ 1,5 triệu lên 1,8 triệu thuê bao, tăng 25%.')).toEqual([]);
    expect(kinds('Thuê bao tăng từ 1,5 triệu lên 1,8 triệu thuê bao, tăng 35%.')).toEqual(['change-mismatch']);
    expect(kinds('Thuê bao tăng từ 1,5 triệu lên 1,8 triệu thuê bao, gấp 2 lần.')).toEqual(['change-mismatch']);
  });
  it('growth › a next target far above the actual, configurable', () => {
    const text = 'Năm 2020, doanh thu đạt 3.630 tỷ đồng. Năm 2021 phấn đấu doanh thu đạt 6.000 tỷ đồng.';
    const [f] = audit(text);
    expect(f).toMatchObject({ kind: 'implausible-growth', severity: 'warning', statements: [0, 1] });
    expect(kinds(text, { growth: { max: '0.7' } })).toEqual([]);
    expect(kinds(text.replace('6.000', '3.745'))).toEqual([]);
  });
  it('approximate values are never compared as exact', () => {
    expect(kinds('Doanh thu đạt khoảng 3.630 tỷ đồng, kế hoạch giao 3.500 tỷ đồng, đạt 100,6% kế hoạch.')).toEqual([]);
  });

  it('property › consistent completion printed at any precision raises no finding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 0, max: 3 }),
        (a, t, d) => {
          const pct = toDecimalString(round(div(mul(fromInt(a), HUNDRED), fromInt(t)), d));
          const text = `Doanh thu đạt ${vi(String(a), 0)} đồng, kế hoạch giao ${vi(String(t), 0)} đồng, bằng ${vi(pct, d)}% kế hoạch.`;
          expect(kinds(text)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('property › two densities from one population, each printed at its own precision, agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 90_000_000 }),
        fc.integer({ min: 1000, max: 9_000_000 }),
        fc.integer({ min: 1000, max: 9_000_000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
        (population, a, b, da, db) => {
          const d1 = toDecimalString(round(div(mul(fromInt(a), HUNDRED), fromInt(population)), da));
          const d2 = toDecimalString(round(div(mul(fromInt(b), HUNDRED), fromInt(population)), db));
          if (d1 === '0' || d2 === '0') return;
          const text = `Năm 2021, mục tiêu: điện thoại đạt ${vi(String(a), 0)} máy, mật độ đạt ${vi(d1, da)} máy/100 dân; băng rộng đạt ${vi(String(b), 0)} thuê bao, đạt mật độ ${vi(d2, db)} thuê bao/100 dân.`;
          expect(kinds(text)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
