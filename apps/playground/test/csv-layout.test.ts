import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvToDataset, locateInCsv } from '../src/data-editor/csv-layout';
import { EXAMPLE_CSV } from '../src/data-editor/examples';
import { jsonErrorOffset } from '../src/data-editor/json-error';
import { detectFormat, readDataset, type Validate } from '../src/data-editor/read-dataset';

const accept: Validate<unknown> = (input) => ({ ok: true, dataset: input });

describe('csv layout', () => {
  it('reads one row per observation and defines each indicator from its first row', () => {
    const result = csvToDataset(EXAMPLE_CSV, { title: 'Ví dụ' });
    expect(result.issues).toEqual([]);
    const input = result.input as { indicators: Record<string, unknown>[]; observations: Record<string, unknown>[] };
    expect(input.indicators).toHaveLength(5);
    expect(input.indicators[0]).toEqual({
      id: 'revenue',
      name: { vi: 'Tổng doanh thu toàn ngành', en: 'Total sector revenue' },
      unit: 'VND',
      scale: 9,
      decimals: 0,
      percentDecimals: 1,
    });
    expect(input.observations[0]).toEqual({
      indicator: 'revenue',
      period: '2020',
      actual: '3630',
      estimated: true,
      note: 'ước đạt',
      stated: { completion: '100.6' },
      nextTarget: { period: '2021', value: '3745' },
    });
    // Printed precision survives: "80.00" is not "80".
    expect(input.observations[2]?.nextTarget).toEqual({ period: '2021', value: '2916000', density: '80.00' });
  });

  it('reports an unknown column with its position', () => {
    const result = csvToDataset('indicator,period,actaul\nx,2020,1\n');
    expect(result.input).toBeNull();
    expect(result.issues).toMatchObject([
      { path: 'column 3 "actaul"', message: expect.stringContaining('Unknown column "actaul"') },
    ]);
  });

  it('reports missing required columns', () => {
    const result = csvToDataset('name_vi,actual\nA,1\n');
    expect(result.issues.map((i) => i.message)).toEqual([
      'Missing required column "indicator"',
      'Missing required column "period"',
    ]);
  });

  it('reports indicator cells that disagree with the defining row', () => {
    const csv = 'indicator,period,name_vi,unit,actual\nx,2020,X,VND,1\nx,2021,,percent,2\n';
    const result = csvToDataset(csv);
    expect(result.issues).toMatchObject([
      { path: 'row 3 › unit', message: expect.stringContaining('differs from "VND" on row 2') },
    ]);
  });

  it('reads band targets, stated changes and yes/no words', () => {
    const csv =
      'indicator,period,name_en,unit,target_min,target_max,estimated,stated_change,stated_change_form,stated_change_base\nx,2020,X,percent,3,4,có,51,times,2019\n';
    const result = csvToDataset(csv);
    expect(result.issues).toEqual([]);
    const input = result.input as { observations: Record<string, unknown>[] };
    expect(input.observations[0]).toMatchObject({
      target: { min: '3', max: '4' },
      estimated: true,
      stated: { change: { form: 'times', value: '51', base: { kind: 'period', period: '2019' } } },
    });
  });

  it('accepts semicolon-separated files and a byte-order mark', () => {
    const result = csvToDataset('\uFEFFindicator;period;name_vi;unit;actual\nx;2020;X;VND;1\n');
    expect(result.issues).toEqual([]);
  });

  it('locates core issue paths in the spreadsheet', () => {
    const rows = { observationRows: [2, 3, 5], indicatorRows: [2, 5] };
    expect(locateInCsv('$.observations[2].actual', rows)).toBe('row 5 › actual');
    expect(locateInCsv('$.observations[1].stated.completion', rows)).toBe('row 3 › stated_completion');
    expect(locateInCsv('$.indicators[1].targetKind', rows)).toBe('row 5 › target_kind');
    expect(locateInCsv('$.title', rows)).toBe('$.title');
  });

  it('documents every column once', () => {
    const names = CSV_COLUMNS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('readDataset', () => {
  it('detects JSON and CSV', () => {
    expect(detectFormat('  {"a":1}')).toBe('json');
    expect(detectFormat('indicator,period')).toBe('csv');
  });

  it('reports malformed JSON with its line and column, never throwing', () => {
    const result = readDataset('{\n  "title": "x",\n  "indicators": [,]\n}', { validate: accept });
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.path).toMatch(/^json › line 3, column \d+$/);
    expect(result.issues[0]?.message).toMatch(/^Malformed JSON/);
  });

  it('treats markup and script as plain data', () => {
    const result = readDataset('{"title":"<img src=x onerror=alert(1)>","__proto__":{"polluted":true}}', {
      validate: accept,
    });
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns a throwing validator into an issue', () => {
    const result = readDataset('{}', {
      validate: () => {
        throw new Error('boom');
      },
    });
    expect(result).toEqual({
      ok: false,
      format: 'json',
      issues: [{ path: '$', message: 'Could not validate: boom', code: 'VALIDATE_FAILED' }],
    });
  });

  it('maps the validator’s paths back to CSV rows', () => {
    const result = readDataset(EXAMPLE_CSV, {
      validate: () => ({
        ok: false,
        issues: [{ path: '$.observations[1].actual', message: 'bad', code: 'INVALID_DECIMAL' }],
      }),
    });
    expect(result.issues).toMatchObject([
      { path: 'row 3 › actual ($.observations[1].actual)', message: 'bad', code: 'INVALID_DECIMAL' },
    ]);
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a":1,}', 7],
    ['[1,2', 4],
    ['{"a" 1}', 5],
    ['{"a":"x\ny"}', 7],
    ['[1] x', 4],
    ['{"a":[{"b":tru}]}', 11],
  ])('finds the first error in %j at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('returns -1 for valid JSON and survives deep nesting', () => {
    expect(jsonErrorOffset('{"a":[1,2,{"b":null}],"c":"\\u00e9"}')).toBe(-1);
    expect(jsonErrorOffset(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBe(-1);
  });
});
