import { parseDataset } from '@chitieu/core';
import { describe, expect, it } from 'vitest';
import { MAX_ROWS } from '../src/data-editor/csv-layout';
import { MAX_INPUT_CHARS, readDataset } from '../src/data-editor/read-dataset';

/** Whatever is pasted, the reader returns a result with issues; it never throws or hangs. */
describe('readDataset with hostile input', () => {
  const read = (text: string) => readDataset(text, { validate: parseDataset });

  it('deeply nested JSON', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const result = read(deep);
    expect(result.ok).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it('a deeply nested value inside a dataset', () => {
    const nested = `{"title":"x","indicators":[],"observations":[],"source":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`;
    const result = read(nested);
    expect(result.ok).toBe(false);
  });

  it('numbers beyond any float and exotic decimals', () => {
    const result = read(
      JSON.stringify({
        title: 'x',
        indicators: [{ id: 'a', name: 'A', unit: 'VND' }],
        observations: [
          { indicator: 'a', period: '2020', actual: '1e9', target: 'Infinity' },
          { indicator: 'a', period: '2021', actual: 'NaN' },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['$.observations[0].target', '$.observations[1].actual']),
    );
  });

  it('prototype keys are data, not behaviour', () => {
    const result = read(
      '{"title":"x","indicators":[],"observations":[],"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
    );
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(result.issues.length + (result.ok ? 1 : 0)).toBeGreaterThan(0);
  });

  it('a very large list of bad observations is reported, quickly', () => {
    const observations = Array.from({ length: 20_000 }, (_, i) => ({ indicator: 'nope', period: `x${i}` }));
    const started = performance.now();
    const result = read(JSON.stringify({ title: 'x', indicators: [], observations }));
    expect(result.ok).toBe(false);
    // every one, or (since the core lists at most 1,000) the first 1,000 and how many more there are
    expect(result.issues.length).toBeGreaterThan(1_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('too many characters', () => {
    const result = read(' '.repeat(MAX_INPUT_CHARS + 1));
    expect(result.issues[0]?.message).toMatch(/at most/);
  });

  it('too many CSV rows', () => {
    const rows = Array.from({ length: MAX_ROWS + 5 }, (_, i) => `a,2020,A,VND,${i}`).join('\n');
    const result = read(`indicator,period,name_vi,unit,actual\n${rows}`);
    expect(result.issues[0]?.message).toMatch(/More than/);
  });

  it('binary garbage', () => {
    const garbage = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const result = read(garbage);
    expect(result.ok).toBe(false);
  });
});

describe('numbers too large to expand', () => {
  const read = (text: string) => readDataset(text, { validate: parseDataset });

  it('rejects a decimal with a billion digits before anything expands it', () => {
    const started = performance.now();
    const result = read(
      '{"title":"x","indicators":[{"id":"a","name":"A","unit":"VND"}],\n"observations":[{"indicator":"a","period":"2020","actual":"1e999999999"}]}',
    );
    expect(result.issues).toEqual([
      {
        path: 'json › line 2, column 60',
        message: expect.stringContaining('exponent beyond'),
        code: 'NUMBER_TOO_LARGE',
      },
    ]);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('rejects runs of more than 100 digits, in CSV too', () => {
    const result = read(`indicator,period,name_vi,unit,actual\na,2020,A,VND,${'9'.repeat(101)}\n`);
    expect(result.issues[0]).toMatchObject({ path: 'csv › line 2, column 14', code: 'NUMBER_TOO_LARGE' });
  });

  it('accepts ordinary exponents and long but sane numbers', () => {
    const result = read(
      `{"title":"x","indicators":[{"id":"a","name":"A","unit":"VND"}],"observations":[{"indicator":"a","period":"2020","actual":"1e3","target":"${'9'.repeat(100)}"}]}`,
    );
    expect(result.ok).toBe(true);
  });
});
