/**
 * Golden test: the seed report's numeric clauses (shared/seed/thanh-hoa-ict-2020.vi.txt),
 * regenerated from data through the public API, character for character.
 *
 * Clauses tested (as the report prints them):
 *  1. `Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch giao`
 *  2. `nộp ngân sách Nhà nước 200 tỷ đồng`
 *  3. `Phát hành báo chí đạt 18 triệu tờ, cuốn, đạt 100% kế hoạch giao`
 *  4. `Tổng số thuê bao điện thoại trên toàn mạng đạt 2.890.000 thuê bao, bằng 100,67% so với kế hoạch giao`
 *  5. `Thuê bao internet băng thông rộng trên toàn mạng đạt 1.800.000 thuê bao, đạt mật độ 49,8 thuê bao/100 dân, bằng 105,88% kế hoạch giao`
 *  6. `14 giờ/01 ngày` (read back), `8 giờ/1 ngày`
 *  7. `số giờ tự sản xuất bình quân 7 giờ/1 ngày, bằng 100% so với cùng kỳ`
 *  8. `174 dịch vụ công mức độ 3`, `628 dịch vụ công mức độ 4`, `615 dịch vụ công trực tuyến`
 *  9. `tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến mức độ 3 đạt 56,35%`, `mức độ 4 đạt 57,53%`
 * 10. `tăng 51 lần so với năm 2019`
 * 11. `đứng thứ 3 toàn quốc`
 * 12. `ước đạt 18 triệu tờ`, `đạt 2.916.000 thuê bao`, `đạt 80,00 máy/100 dân`,
 *     `đạt 1.830.000 thuê bao, đạt mật độ 50,60 thuê bao/100 dân`, `đạt 3.745 tỷ đồng`
 *
 * Where the report is inconsistent (noted at each test):
 *  - it writes a multiple as `tăng 51 lần`; statistical usage (domain.md §2) says `gấp 51 lần`,
 *    which is the default; `timesVerb: 'tăng'` reproduces the report;
 *  - it writes hours per day three ways: `giờ/01 ngày`, `giờ/1 ngày` (same sentence) and the
 *    built-in unit's `giờ/ngày`;
 *  - it writes copies as `tờ, cuốn` for 2020 and `tờ (cuốn)` for 2021;
 *  - completion wording varies: `đạt … kế hoạch giao`, `bằng … so với kế hoạch giao`,
 *    `bằng … kế hoạch giao` (options `verb`, `versus`, `assigned`);
 *  - `Phấn đấu doanh thu toàn ngành đạt 3.745 tỷ đồng` puts the subject inside the phrase the
 *    domain writes as `phấn đấu đạt 3.745 tỷ đồng`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../src/index';
import {
  actualPhrase,
  densityPhrase,
  evaluate,
  formatChange,
  formatDensity,
  formatQuantity,
  localize,
  narrate,
  nextTargetPhrase,
  parseQuantity,
  rankPhrase,
  units,
} from '../src/index';
import {
  broadband,
  broadband2020,
  budget,
  dossiers,
  ev,
  level3Share,
  ownHours,
  phones,
  phones2020,
  press,
  revenue,
  revenue2020,
} from './language-fixtures';

// The repository's copy of shared/seed/thanh-hoa-ict-2020.vi.txt, so the check runs on any clone.
const SEED = join(import.meta.dirname, 'extract', 'thanh-hoa-ict-2020.vi.txt');
const seed: string | null = readFileSync(SEED, 'utf8').normalize('NFC');

/** Asserts the generated text equals the expected clause and that the report contains it verbatim. */
function clause(generated: string, expected: string): void {
  expect(generated).toBe(expected);
  if (seed !== null) expect(seed).toContain(expected);
}

/** A sentence without its final full stop, to compare with a clause inside the report's sentence. */
const unstop = (sentence: string): string => sentence.replace(/\.$/, '');

describe('seed clauses (Thanh Hóa ICT 2020), regenerated from data', () => {
  it('the seed report is readable', () => {
    expect(seed).toContain('Thanh Hóa');
  });

  it('1. revenue: ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch giao (stated completion, no plan given)', () => {
    const expected = 'Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch giao';
    clause(unstop(narrate(revenue2020, { locale: 'vi', assigned: true, omit: ['next-target'] })), expected);
    // with a plan that rounds to the stated figure: 3630 ÷ 3608 = 100,61%
    const computed = ev({ indicator: 'revenue', actual: '3630', target: '3608', estimated: true });
    expect(computed.completionPercent).toBe('100.6');
    clause(unstop(narrate(computed, { locale: 'vi', assigned: true })), expected);
  });

  it('2. nộp ngân sách Nhà nước 200 tỷ đồng', () => {
    clause(
      `nộp ngân sách Nhà nước ${formatQuantity('200', { locale: 'vi', indicator: budget })}`,
      'nộp ngân sách Nhà nước 200 tỷ đồng',
    );
  });

  it('3. press: đạt 18 triệu tờ, cuốn, đạt 100% kế hoạch giao', () => {
    const e = ev({ indicator: 'press', actual: '18', target: '18' }, press);
    expect(e.status).toBe('met');
    clause(
      unstop(narrate(e, { locale: 'vi', assigned: true })),
      'Phát hành báo chí đạt 18 triệu tờ, cuốn, đạt 100% kế hoạch giao',
    );
  });

  it('4. phones: bằng 100,67% so với kế hoạch giao (the report’s "bằng … so với" variant)', () => {
    clause(
      unstop(narrate(phones2020, { locale: 'vi', verb: 'bằng', versus: true, assigned: true, omit: ['next-target'] })),
      'Tổng số thuê bao điện thoại trên toàn mạng đạt 2.890.000 thuê bao, bằng 100,67% so với kế hoạch giao',
    );
  });

  it('5. broadband: đạt mật độ 49,8 thuê bao/100 dân, bằng 105,88% kế hoạch giao (plan 1.700.000, population 3.614.458)', () => {
    clause(
      unstop(narrate(broadband2020, { locale: 'vi', verb: 'bằng', assigned: true, omit: ['next-target'] })),
      'Thuê bao internet băng thông rộng trên toàn mạng đạt 1.800.000 thuê bao, đạt mật độ 49,8 thuê bao/100 dân, bằng 105,88% kế hoạch giao',
    );
    // the stated figures alone say the same
    const stated = ev(
      { indicator: 'broadband', actual: '1800000', stated: { completion: '105.88', density: '49.8' } },
      broadband,
    );
    expect(unstop(narrate(stated, { locale: 'vi', verb: 'bằng', assigned: true }))).toBe(
      'Thuê bao internet băng thông rộng trên toàn mạng đạt 1.800.000 thuê bao, đạt mật độ 49,8 thuê bao/100 dân, bằng 105,88% kế hoạch giao',
    );
  });

  it('6. hours per day: the report writes giờ/01 ngày and giờ/1 ngày in one sentence (inconsistent)', () => {
    if (seed !== null) expect(seed).toContain('duy trì bình quân 14 giờ/01 ngày');
    expect(parseQuantity('14 giờ/01 ngày', 'vi')).toMatchObject({
      kind: 'quantity',
      value: '14',
      unit: units.hoursPerDay,
    });
    expect(formatQuantity('14', { locale: 'vi', unit: 'hours-per-day' })).toBe('14 giờ/ngày');
    clause(formatQuantity('8', { locale: 'vi', indicator: ownHours }), '8 giờ/1 ngày');
  });

  it('7. số giờ tự sản xuất bình quân 7 giờ/1 ngày, bằng 100% so với cùng kỳ', () => {
    const e = ev({ indicator: 'own-hours', actual: '7', previous: '7' }, ownHours);
    const generated = `${localize(ownHours.name, 'vi')} ${formatQuantity(e.actual ?? '', { locale: 'vi', indicator: ownHours })}, ${formatChange(e.change, ownHours, { locale: 'vi' })}`;
    clause(generated, 'số giờ tự sản xuất bình quân 7 giờ/1 ngày, bằng 100% so với cùng kỳ');
    // the stated form gives the same words
    expect(formatChange({ form: 'ratio', value: '100' }, ownHours, { locale: 'vi' })).toBe('bằng 100% so với cùng kỳ');
  });

  it('8. 174 / 628 dịch vụ công mức độ 3 / 4; 615 dịch vụ công trực tuyến', () => {
    const publicService: Unit = {
      code: 'public-service',
      kind: 'count',
      words: { vi: 'dịch vụ công', en: { one: 'public service', other: 'public services' } },
    };
    clause(`${formatQuantity('174', { locale: 'vi', unit: publicService })} mức độ 3`, '174 dịch vụ công mức độ 3');
    clause(`${formatQuantity('628', { locale: 'vi', unit: publicService })} mức độ 4`, '628 dịch vụ công mức độ 4');
    clause(`${formatQuantity('615', { locale: 'vi', unit: publicService })} trực tuyến`, '615 dịch vụ công trực tuyến');
  });

  it('9. rates: tỷ lệ … mức độ 3 đạt 56,35%, mức độ 4 đạt 57,53%', () => {
    const level3 = ev({ indicator: 'level-3-share', actual: '56.35' }, level3Share);
    clause(
      `${localize(level3Share.name, 'vi')} ${actualPhrase(level3, { locale: 'vi' })}`,
      'tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến mức độ 3 đạt 56,35%',
    );
    const level4 = ev({ indicator: 'level-3-share', actual: '57.53' }, level3Share);
    clause(`mức độ 4 ${actualPhrase(level4, { locale: 'vi' })}`, 'mức độ 4 đạt 57,53%');
  });

  it('10. tăng 51 lần so với năm 2019 — the report says tăng; gấp 51 lần is the default (domain.md §2)', () => {
    const since2019 = { kind: 'period', period: '2019' } as const;
    const e = ev(
      { indicator: 'dossiers', period: '2020', actual: '51000', previous: '1000', base: since2019 },
      dossiers,
    );
    clause(formatChange(e.change, dossiers, { locale: 'vi', timesVerb: 'tăng' }), 'tăng 51 lần so với năm 2019');
    expect(formatChange(e.change, dossiers, { locale: 'vi' })).toBe('gấp 51 lần so với năm 2019');
    const stated = { form: 'times', value: '51', base: since2019 } as const;
    clause(formatChange(stated, dossiers, { locale: 'vi', timesVerb: 'tăng' }), 'tăng 51 lần so với năm 2019');
  });

  it('11. đứng thứ 3 toàn quốc', () => {
    clause(
      rankPhrase({ rank: 3, scope: { vi: 'toàn quốc', en: 'nationally' } }, { locale: 'vi' }) ?? '',
      'đứng thứ 3 toàn quốc',
    );
  });

  it('12. 2021 targets', () => {
    // the report writes `tờ (cuốn)` here but `tờ, cuốn` above: only the common part is compared
    const press2021 = evaluate({ indicator: 'press', period: '2021', actual: '18', estimated: true }, press);
    expect(actualPhrase(press2021, { locale: 'vi' })).toBe('ước đạt 18 triệu tờ, cuốn');
    clause(
      `ước đạt ${formatQuantity('18', { locale: 'vi', indicator: press, unit: { ...units.copy, words: { vi: 'tờ' } } })}`,
      'ước đạt 18 triệu tờ',
    );

    clause(`đạt ${formatQuantity('2916000', { locale: 'vi', indicator: phones })}`, 'đạt 2.916.000 thuê bao');
    clause(
      `đạt ${formatDensity(phones2020.observation.nextTarget?.density ?? '', phones, { locale: 'vi' })}`,
      'đạt 80,00 máy/100 dân',
    );

    const broadband2021 = evaluate(
      { indicator: 'broadband', period: '2021', actual: '1830000', stated: { density: '50.60' } },
      broadband,
    );
    clause(
      `${actualPhrase(broadband2021, { locale: 'vi' })}, ${densityPhrase(broadband2021, { locale: 'vi' })}`,
      'đạt 1.830.000 thuê bao, đạt mật độ 50,60 thuê bao/100 dân',
    );

    // `Phấn đấu doanh thu toàn ngành đạt 3.745 tỷ đồng`: the report puts the subject inside the phrase
    expect(nextTargetPhrase(revenue2020, { locale: 'vi' })).toBe('phấn đấu đạt 3.745 tỷ đồng');
    clause(`đạt ${formatQuantity('3745', { locale: 'vi', indicator: revenue })}`, 'đạt 3.745 tỷ đồng');
  });

  it('every number the report prints reads back with parseQuantity', () => {
    expect(parseQuantity('3.630 tỷ đồng', 'vi')).toMatchObject({ value: '3630', scale: 9, unit: units.VND });
    expect(parseQuantity('200 tỷ đồng', 'vi')).toMatchObject({ base: '200000000000' });
    expect(parseQuantity('18 triệu tờ, cuốn', 'vi')).toMatchObject({ base: '18000000', unit: units.copy });
    expect(parseQuantity('2.890.000 thuê bao', 'vi')).toMatchObject({ value: '2890000', unit: units.subscriber });
    expect(parseQuantity('49,8 thuê bao/100 dân', 'vi')).toMatchObject({ kind: 'density', value: '49.8', per: '100' });
    expect(parseQuantity('80,00 máy/100 dân', 'vi')).toMatchObject({ kind: 'density', value: '80', decimals: 2 });
    expect(parseQuantity('100,67%', 'vi')).toMatchObject({ kind: 'percent', ratio: '1.0067', decimals: 2 });
    expect(parseQuantity('51 lần', 'vi')).toMatchObject({ kind: 'times', value: '51' });
  });
});
