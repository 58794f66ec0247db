import { parseDataset } from '@chitieu/core';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvToDataset } from '../src/data-editor/csv-layout';
import { asCsvNumbers, CSV_NUMBER_STYLES, readCellNumber } from '../src/data-editor/csv-numbers';
import { EXAMPLE_CSV, EXAMPLE_CSV_VI } from '../src/data-editor/examples';
import { readDataset } from '../src/data-editor/read-dataset';

type Input = { indicators: Record<string, unknown>[]; observations: Record<string, unknown>[] };

const HEADER = 'indicator;period;name_vi;unit;actual;target';
/** One indicator, one row whose actual is `actual`, in a semicolon-separated file (as Excel writes in vi-VN). */
const oneActual = (actual: string) => `${HEADER}\nrevenue;2020;Doanh thu;VND;${actual};3608\n`;
const actualOf = (result: ReturnType<typeof csvToDataset>) => (result.input as Input).observations[0]?.actual;

describe('CSV numbers: the chosen style, never a guess', () => {
  it('3.630 is 3630 in vi and 3.63 in en; machine keeps the text for the core', () => {
    expect(actualOf(csvToDataset(oneActual('3.630'), { numbers: 'vi' }))).toBe('3630');
    expect(actualOf(csvToDataset(oneActual('3.630'), { numbers: 'en' }))).toBe('3.63');
    expect(actualOf(csvToDataset(oneActual('3.630'), { numbers: 'machine' }))).toBe('3.630');
    expect(actualOf(csvToDataset(oneActual('3.630')))).toBe('3.630');
    for (const numbers of ['vi', 'en', 'machine'] as const) {
      expect(csvToDataset(oneActual('3.630'), { numbers }).issues).toEqual([]);
    }
  });

  it('vi: 100,6 and 2.890.000; en: 3,630 and 100.6 (quoted in a comma-separated file)', () => {
    const vi = csvToDataset(oneActual('2.890.000').replace('3608', '100,6'), { numbers: 'vi' });
    expect(vi.issues).toEqual([]);
    expect((vi.input as Input).observations[0]).toMatchObject({ actual: '2890000', target: '100.6' });
    const en = csvToDataset('indicator,period,name_vi,unit,actual,target\nrevenue,2020,A,VND,"3,630",100.6\n', {
      numbers: 'en',
    });
    expect(en.issues).toEqual([]);
    expect((en.input as Input).observations[0]).toMatchObject({ actual: '3630', target: '100.6' });
  });

  it('1.5 in vi is an issue at its row and column, with the parser’s reason', () => {
    const result = csvToDataset(`${oneActual('3.630')}revenue;2021;;;1.5;2\n`, { numbers: 'vi' });
    expect(result.issues).toMatchObject([
      {
        path: 'row 3 › actual',
        message: expect.stringMatching(/grouping in the wrong place.*for a decimal write "1,5"/),
        code: 'CSV_NUMBER',
      },
    ]);
    expect(result.issues[0]?.message).not.toContain('(at text)');
    // 1,5 in en is the same mistake the other way round.
    expect(csvToDataset(oneActual('1,5'), { numbers: 'en' }).issues[0]?.message).toMatch(/write "1.5"/);
  });

  it('mixed separators are an issue in both locales', () => {
    const vi = csvToDataset(oneActual('"1,234.5"'), { numbers: 'vi' });
    expect(vi.issues).toMatchObject([
      { path: 'row 2 › actual', message: expect.stringContaining('mixed separators'), code: 'CSV_NUMBER' },
    ]);
    const en = csvToDataset(oneActual('1.234,5'), { numbers: 'en' });
    expect(en.issues).toMatchObject([
      { path: 'row 2 › actual', message: expect.stringContaining('mixed separators'), code: 'CSV_NUMBER' },
    ]);
  });

  it('other malformed cells: letters, a percent sign, a separator with nothing after it', () => {
    for (const bad of ['abc', '100,6%', '5,', '1.23.456', '1e5']) {
      const issues = csvToDataset(oneActual(bad), { numbers: 'vi' }).issues;
      expect(issues, bad).toEqual([
        { path: 'row 2 › actual', message: expect.any(String), code: 'CSV_NUMBER', vi: expect.stringContaining(bad) },
      ]);
    }
  });

  it('printed figures keep their written precision: 80,00 stays "80.00"', () => {
    const csv =
      'indicator;period;name_vi;unit;density_per;actual;stated_completion;stated_density;next_period;next_target;next_density\n' +
      'phones;2020;Thuê bao;subscriber;100;2.890.000;100,60;49,8;2021;2.916.000;80,00\n';
    const result = csvToDataset(csv, { numbers: 'vi' });
    expect(result.issues).toEqual([]);
    const input = result.input as Input;
    expect(input.indicators[0]).toMatchObject({ density: { per: '100' } });
    expect(input.observations[0]).toEqual({
      indicator: 'phones',
      period: '2020',
      actual: '2890000',
      stated: { completion: '100.60', density: '49.8' },
      nextTarget: { period: '2021', value: '2916000', density: '80.00' },
    });
  });

  it('integer columns become numbers; a decimal there is left for the core to reject', () => {
    const csv = 'indicator;period;name_vi;unit;scale;decimals;actual;rank\nr;2020;R;VND;9;1;1.234,5;1.000\n';
    const result = csvToDataset(csv, { numbers: 'vi' });
    expect(result.issues).toEqual([]);
    expect((result.input as Input).indicators[0]).toMatchObject({ scale: 9, decimals: 1 });
    expect((result.input as Input).observations[0]).toMatchObject({
      actual: '1234.5',
      stated: { rank: { rank: 1000 } },
    });
    const bad = readDataset('indicator;period;name_vi;unit;scale\nr;2020;R;VND;9,5\n', {
      validate: parseDataset,
      numbers: 'vi',
    });
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => i.path)).toEqual([expect.stringMatching(/^row 2 › scale/)]);
  });

  it('each bad cell is reported once (not again by the core) and the result is not valid', () => {
    const result = readDataset(`${oneActual('3.630')}revenue;2021;;;x1;2\nrevenue;2019;;;1.5;2\n`, {
      validate: parseDataset,
      numbers: 'vi',
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual(['row 3 › actual', 'row 4 › actual']);
  });

  it('a band target, previous, population, weight and thresholds are read too', () => {
    const csv =
      'indicator;period;name_vi;unit;target_kind;weight;near_threshold;actual;target_min;target_max;previous;population\n' +
      'cpi;2020;Lạm phát;percent;band;1,5;0,95;3,2;3;4;2,8;3.640.000\n';
    const result = csvToDataset(csv, { numbers: 'vi' });
    expect(result.issues).toEqual([]);
    expect((result.input as Input).indicators[0]).toMatchObject({ weight: '1.5', nearThreshold: '0.95' });
    expect((result.input as Input).observations[0]).toMatchObject({
      actual: '3.2',
      target: { min: '3', max: '4' },
      previous: '2.8',
      population: '3640000',
    });
  });

  it('a tab-separated paste from Excel', () => {
    const tsv =
      'indicator\tperiod\tname_vi\tunit\tactual\tstated_completion\nrevenue\t2020\tDoanh thu\tVND\t3.630\t100,6\n';
    const result = readDataset(tsv, { validate: parseDataset, numbers: 'vi' });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('an unquoted decimal comma in a comma-separated file is a row issue with a hint', () => {
    const result = csvToDataset('indicator,period,name_vi,unit,actual\nrevenue,2020,A,VND,100,6\n', {
      numbers: 'vi',
    });
    expect(result.input).toBeNull();
    expect(result.issues).toMatchObject([
      { path: 'row 2', message: expect.stringContaining('separate the columns with ";"'), code: 'TooManyFields' },
    ]);
  });

  it('the Vietnamese example reads in vi and equals the machine example', () => {
    const vi = readDataset(EXAMPLE_CSV_VI, { validate: parseDataset, numbers: 'vi' });
    const machine = readDataset(EXAMPLE_CSV, { validate: parseDataset });
    expect(vi.issues).toEqual([]);
    expect(vi.ok && machine.ok).toBe(true);
    if (vi.ok && machine.ok) expect(vi.dataset).toEqual(machine.dataset);
    // Read as machine numbers, the Vietnamese example is refused, never misread.
    const misread = readDataset(EXAMPLE_CSV_VI, { validate: parseDataset });
    expect(misread.ok).toBe(false);
  });

  it('JSON is never affected by the CSV number style', () => {
    const json = JSON.stringify({
      title: 'x',
      indicators: [{ id: 'a', name: 'A', unit: 'VND' }],
      observations: [{ indicator: 'a', period: '2020', actual: '3.630', target: 100.6 }],
    });
    for (const numbers of ['vi', 'en', 'machine'] as const) {
      const result = readDataset(json, { validate: parseDataset, numbers });
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.dataset.observations[0]).toMatchObject({ actual: '3.63', target: '100.6' });
    }
  });

  it('hostile cells: too many digits is refused before parsing, however grouped', () => {
    const grouped = `1${'.000'.repeat(40)}`;
    expect(readCellNumber(grouped, 'vi', 'decimal')).toEqual({
      ok: false,
      message: 'A number with more than 100 digits',
      vi: 'Số có hơn 100 chữ số',
    });
    const huge = `1${'.000'.repeat(1_000_000)}`;
    const started = performance.now();
    const result = readDataset(oneActual(huge), { validate: parseDataset, numbers: 'vi' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([
      { path: 'row 2 › actual', message: 'A number with more than 100 digits', code: 'CSV_NUMBER' },
    ]);
  });

  it('the style list and the number columns are what the docs render', () => {
    expect(CSV_NUMBER_STYLES.map((s) => s.id)).toEqual(['machine', 'vi', 'en']);
    for (const style of CSV_NUMBER_STYLES.filter((s) => s.id !== 'machine')) {
      const [a, b, c] = style.examples.map((e) => readCellNumber(e, style.id as 'vi' | 'en', 'decimal'));
      expect([a, b, c]).toEqual([
        { ok: true, value: '3630' },
        { ok: true, value: '100.6' },
        { ok: true, value: '2890000' },
      ]);
    }
    expect(CSV_COLUMNS.filter((c) => c.number !== undefined).map((c) => c.name)).toEqual(
      expect.arrayContaining(['actual', 'target', 'stated_completion', 'next_density', 'scale', 'rank']),
    );
    expect(asCsvNumbers('vi')).toBe('vi');
    expect(asCsvNumbers('<script>')).toBe('machine');
  });
});

describe('machine form (the default)', () => {
  it('a locale-formatted cell is the core’s issue, with a pointer to the CSV numbers choice', () => {
    const result = readDataset(oneActual('1,5'), { validate: parseDataset });
    expect(result.issues).toMatchObject([
      {
        path: 'row 2 › actual ($.observations[0].actual)',
        message: expect.stringContaining('choose Vietnamese or English numbers'),
        code: 'INVALID_DECIMAL',
      },
    ]);
    const letters = readDataset(oneActual('abc'), { validate: parseDataset });
    expect(letters.issues[0]?.message).not.toContain('choose');
  });
});
