import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract/extract-statements';
import type { Statement } from '../extract/types';
import { auditStatements } from './audit-statements';

/**
 * A statement whose target/actual reading is doubted (`kind.confidence: 'uncertain'`, round 27) is
 * never audited as an actual or as a target; where the kind does not matter it still is.
 */

const read = (text: string, locale: 'vi' | 'en' = 'vi'): Statement[] =>
  extractStatements(text, { locale, period: '2020' });

/** The statements with the kind of statement `i` doubted, as the certainty pass doubts it. */
const doubtKind = (statements: readonly Statement[], i: number): Statement[] =>
  statements.map((s, k) =>
    k === i
      ? {
          ...s,
          kind: {
            ...s.kind,
            confidence: 'uncertain',
            doubt: { reason: 'forecast-kind', message: 'a forecast' },
          },
        }
      : s,
  );

const kinds = (statements: readonly Statement[]): string[] => auditStatements(statements).map((f) => f.kind);

describe('an uncertain target/actual reading in the audit', () => {
  it('completion › never against another statement’s plan, neither side doubted', () => {
    const text =
      'Kế hoạch năm 2020: tổng số thuê bao điện thoại đạt 2.870.000 thuê bao. Năm 2020, thuê bao điện thoại trên toàn mạng đạt 2.890.000 thuê bao, bằng 101,67% kế hoạch.';
    const all = read(text);
    expect(kinds(all)).toEqual(['completion-mismatch']);
    expect(kinds(doubtKind(all, 1))).toEqual([]);
    expect(kinds(doubtKind(all, 0))).toEqual([]);
  });

  it('completion › against a plan stated in the same statement, whichever kind it is', () => {
    const all = read('Doanh thu đạt 3.630 tỷ đồng, kế hoạch giao 3.500 tỷ đồng, đạt 100,6% kế hoạch.');
    expect(kinds(doubtKind(all, 0))).toEqual(['completion-mismatch']);
  });

  it('growth › a doubted target or a doubted actual gives no growth check', () => {
    const all = read('Năm 2020, doanh thu đạt 3.630 tỷ đồng. Năm 2021 phấn đấu doanh thu đạt 6.000 tỷ đồng.');
    expect(kinds(all)).toEqual(['implausible-growth']);
    expect(kinds(doubtKind(all, 1))).toEqual([]);
    expect(kinds(doubtKind(all, 0))).toEqual([]);
  });

  it('change › its own change is checked against a certain actual; a doubted base is no base', () => {
    const all = read(
      'Năm 2019, doanh thu đạt 3.300 tỷ đồng. Năm 2020, doanh thu đạt 3.630 tỷ đồng, tăng 12% so với năm 2019.',
    );
    expect(kinds(all)).toEqual(['change-mismatch']);
    expect(kinds(doubtKind(all, 1))).toEqual(['change-mismatch']);
    expect(kinds(doubtKind(all, 0))).toEqual([]);
  });

  it('component › a doubted part or total is not compared with the other', () => {
    const all = read('Doanh thu đạt 3.630 tỷ đồng; trong đó doanh thu viễn thông đạt 3.700 tỷ đồng.');
    expect(kinds(all)).toEqual(['component-exceeds-total']);
    expect(kinds(doubtKind(all, 1))).toEqual([]);
    expect(kinds(doubtKind(all, 0))).toEqual([]);
  });

  it('densities › the population two densities imply is one, whatever their kind', () => {
    const all = read(
      'Năm 2021, mục tiêu: thuê bao điện thoại đạt 2.916.000 thuê bao, mật độ đạt 80,00 máy/100 dân; thuê bao băng rộng đạt 1.830.000 thuê bao, đạt mật độ 50,60 thuê bao/100 dân.',
    );
    expect(kinds(doubtKind(doubtKind(all, 0), 1))).toEqual(['densities-disagree']);
  });

  it('a forecast read from text: its change is still checked, never a completion against another plan', () => {
    const all = extractStatements(
      'Năm 2022, doanh thu đạt 500 tỷ đồng. Năm 2023, doanh thu dự kiến đạt 600 tỷ đồng, tăng 25% so với năm 2022.',
      { locale: 'vi' },
    );
    expect(all[1]?.kind).toMatchObject({ value: 'target', confidence: 'uncertain' });
    expect(kinds(all)).toEqual(['change-mismatch']);
  });
});
