import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../errors/chitieu-error';
import { assertDataset, parseDataset } from './parse-dataset';

const valid = {
  $schema: '../schema/dataset.schema.json',
  title: { vi: 'Thanh Hóa 2020', en: 'Thanh Hoa 2020' },
  indicators: [
    { id: 'revenue', name: 'Tổng doanh thu', unit: 'VND', scale: 9 },
    { id: 'hours', name: 'Số giờ tự sản xuất', unit: 'hours-per-day', parent: 'revenue' },
  ],
  observations: [
    {
      indicator: 'revenue',
      period: '2020',
      actual: '3630',
      estimated: true,
      stated: { completion: '100.6' },
      nextTarget: { period: '2021', value: 3745 },
    },
    {
      indicator: 'hours',
      period: '2020',
      actual: 7,
      stated: { change: { form: 'ratio', value: '100', base: { kind: 'same-period-last-year' } } },
    },
  ],
};

describe('parseDataset', () => {
  it('accepts a valid dataset and normalises decimals to canonical strings', () => {
    const result = parseDataset(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.indicators[0]).toMatchObject({
      id: 'revenue',
      scale: 9,
      direction: 'higher-is-better',
      decimals: 0,
      percentDecimals: 1,
      aggregation: 'sum',
    });
    expect(result.dataset.observations[0]).toMatchObject({
      actual: '3630',
      estimated: true,
      stage: 'estimate',
      nextTarget: { value: '3745' },
    });
    expect(result.dataset.observations[1]?.actual).toBe('7');
  });
  it('reads JSON text, and a parse → stringify → parse round trip is the identity', () => {
    const first = parseDataset(JSON.stringify(valid));
    if (!first.ok) throw new Error('expected ok');
    const second = parseDataset(JSON.stringify(first.dataset));
    expect(second).toEqual(first);
  });
  it('keeps the printed precision of stated figures', () => {
    const r = parseDataset({
      ...valid,
      observations: [{ indicator: 'revenue', period: '2021', stated: { density: '80.00' } }],
    });
    expect(r.ok && r.dataset.observations[0]?.stated?.density).toBe('80.00');
  });
  it('returns every problem with its JSON path, not just the first', () => {
    const r = parseDataset({
      title: '',
      indicators: [
        { id: 'a', name: 'A', unit: 'VND', direction: 'sideways' },
        { id: 'a', name: 'A again', unit: 'no-such-unit' },
        { id: 'b', name: 'B', unit: 'count', parent: 'zzz' },
      ],
      observations: [
        { indicator: 'a', period: '2020', actual: '1,5', target: 'abc', population: '-3' },
        { indicator: 'ghost', period: '2020-Q5', actual: Number.NaN, acutal: 1 },
        { indicator: 'a', period: '2020', actual: '1' },
        { indicator: 'a', period: '2020', target: { min: 5, max: 4 } },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const found = r.issues.map((i) => `${i.code} ${i.path}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'INVALID_DATASET $.title',
        'INVALID_DATASET $.indicators[0].direction',
        'DUPLICATE_ID $.indicators[1].id',
        'UNKNOWN_UNIT $.indicators[1].unit',
        'UNKNOWN_INDICATOR $.indicators[2].parent',
        'INVALID_DECIMAL $.observations[0].actual',
        'INVALID_DECIMAL $.observations[0].target',
        'OUT_OF_RANGE $.observations[0].population',
        'UNKNOWN_INDICATOR $.observations[1].indicator',
        'INVALID_PERIOD $.observations[1].period',
        'INVALID_DECIMAL $.observations[1].actual',
        'INVALID_DATASET $.observations[1].acutal',
        'DUPLICATE_ID $.observations[2]',
        'INVALID_BAND $.observations[3].target',
      ]),
    );
    expect(r.issues.find((i) => i.path === '$.observations[0].actual')?.message).toMatch(/parseNumber/);
  });
  it('refuses JSON numbers that JavaScript may already have rounded', () => {
    const r = parseDataset(
      '{"title":"t","indicators":[{"id":"a","name":"A","unit":"VND"}],"observations":[{"indicator":"a","period":"2020","actual":12345678901234567890}]}',
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]?.message).toMatch(/write it as a string/);
  });
  it('reports malformed JSON at the root', () => {
    expect(parseDataset('{"title":')).toMatchObject({ ok: false, issues: [{ code: 'INVALID_DATASET', path: '$' }] });
  });
  it('detects parent loops', () => {
    const r = parseDataset({
      title: 't',
      indicators: [
        { id: 'a', name: 'A', unit: 'count', parent: 'b' },
        { id: 'b', name: 'B', unit: 'count', parent: 'a' },
      ],
      observations: [],
    });
    expect(!r.ok && r.issues.some((i) => /loops/.test(i.message))).toBe(true);
  });
  it('allows a later data stage beside an earlier one', () => {
    const r = parseDataset({
      ...valid,
      observations: [
        ...valid.observations,
        { indicator: 'revenue', period: '2020', actual: '3650', stage: 'official' },
      ],
    });
    expect(r.ok).toBe(true);
  });
  it('assertDataset throws a ChitieuError carrying every issue', () => {
    try {
      assertDataset({ title: 't', indicators: 'none', observations: [] });
      expect.unreachable();
    } catch (error) {
      expect(ChitieuError.is(error)).toBe(true);
      expect((error as ChitieuError).code).toBe('INVALID_DATASET');
      expect((error as ChitieuError).issues).toHaveLength(1);
    }
  });
});
