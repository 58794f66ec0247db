/**
 * Untrusted input, case by case: the bounds of a decimal, hostile objects, and messages that
 * help (short quotes, nearest names, the JSON-boolean hint).
 */
import { describe, expect, it } from 'vitest';
import {
  ChitieuError,
  decimal,
  defineIndicator,
  defineObservation,
  evaluate,
  evaluateDataset,
  isDecimal,
  parseDataset,
  type ValidationIssue,
} from '../../src/index';

const base = (): { title: string; indicators: unknown[]; observations: unknown[] } => ({
  title: 't',
  indicators: [{ id: 'revenue', name: 'Doanh thu', unit: 'VND' }],
  observations: [{ indicator: 'revenue', period: '2020', actual: '1' }],
});
const withActual = (actual: unknown) => ({
  ...base(),
  observations: [{ indicator: 'revenue', period: '2020', actual }],
});
const issuesOf = (input: unknown): readonly ValidationIssue[] => {
  const r = parseDataset(input);
  return r.ok ? [] : r.issues;
};
const only = (input: unknown): ValidationIssue => {
  const issues = issuesOf(input);
  expect(issues).toHaveLength(1);
  return issues[0] as ValidationIssue;
};

describe('decimals beyond the documented bounds', () => {
  const outOfRange = [
    '1e9999999999999999999',
    '1e-9999999999999999999',
    '-1e9999999999999999999',
    '1e100',
    '1e-100',
    '1e0100',
    '1'.repeat(201),
    `0.${'0'.repeat(199)}1`,
    `${'1'.repeat(101)}e0`,
    '1e999999999',
  ];
  it.each(outOfRange)('%s is an OUT_OF_RANGE issue with its path', (text) => {
    expect(only(withActual(text))).toMatchObject({ code: 'OUT_OF_RANGE', path: '$.observations[0].actual' });
  });
  it.each(outOfRange)('%s is an OUT_OF_RANGE error from decimal() and defineObservation()', (text) => {
    expect(() => decimal(text)).toThrowError(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(isDecimal(text)).toBe(false);
    expect(() => defineObservation({ indicator: 'a', period: '2020', actual: text })).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
  });
  it('accepts everything up to the bounds, and the canonical form of an accepted value is accepted again', () => {
    const edge = [
      '1e99',
      '1e-99',
      `${'9'.repeat(100)}e99`,
      `0.${'1'.repeat(99)}e-99`,
      '9'.repeat(200),
      `0.${'0'.repeat(198)}1`,
      '1e0000000000000000000099',
    ];
    for (const text of edge) {
      const r = parseDataset(withActual(text));
      expect(r.ok, text).toBe(true);
      if (!r.ok) continue;
      const canonical = r.dataset.observations[0]?.actual;
      expect(canonical).toBe(decimal(text));
      expect(parseDataset(JSON.parse(JSON.stringify(r.dataset))).ok).toBe(true);
    }
  });
  it('bounds JSON numbers and BigInts the same way', () => {
    expect(only(withActual(1e100))).toMatchObject({ code: 'OUT_OF_RANGE' });
    expect(only(withActual(5e-324))).toMatchObject({ code: 'OUT_OF_RANGE' });
    expect(only(withActual(10n ** 200n))).toMatchObject({ code: 'OUT_OF_RANGE' });
    expect(parseDataset(withActual(1e99)).ok).toBe(true);
    expect(parseDataset(withActual(10n ** 199n)).ok).toBe(true);
    expect(() => decimal(1e100)).toThrowError(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect([isDecimal(1e100), isDecimal(10n ** 200n), isDecimal(1e99), isDecimal(10n ** 199n)]).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
  it('a near threshold or band bound of a huge value is an issue, not a throw', () => {
    const near = issuesOf({
      ...base(),
      indicators: [{ id: 'revenue', name: 'R', unit: 'VND', nearThreshold: '1e9999999999999999999' }],
    });
    expect(near).toEqual([expect.objectContaining({ code: 'OUT_OF_RANGE', path: '$.indicators[0].nearThreshold' })]);
    const band = issuesOf({
      ...base(),
      indicators: [{ id: 'revenue', name: 'R', unit: 'percent', direction: 'neither' }],
      observations: [{ indicator: 'revenue', period: '2020', target: { min: '1e9999999999999999999', max: '1' } }],
    });
    expect(band).toEqual([expect.objectContaining({ code: 'OUT_OF_RANGE', path: '$.observations[0].target.min' })]);
  });
  it('printed figures are written as printed: no exponent, at most 20 decimals', () => {
    const stated = (completion: unknown) => ({
      ...base(),
      observations: [{ indicator: 'revenue', period: '2020', stated: { completion } }],
    });
    expect(only(stated('1e2'))).toMatchObject({ code: 'OUT_OF_RANGE', path: '$.observations[0].stated.completion' });
    expect(only(stated(`1.${'0'.repeat(21)}`)).message).toMatch(/at most 20 decimals/);
    const r = parseDataset(stated(`100.${'0'.repeat(20)}`));
    expect(r.ok && r.dataset.observations[0]?.stated?.completion).toBe(`100.${'0'.repeat(20)}`);
  });
});

describe('hostile objects give issues, never exceptions', () => {
  it('a BigInt is read exactly', () => {
    const r = parseDataset(withActual(12345678901234567890123n));
    expect(r.ok && r.dataset.observations[0]?.actual).toBe('12345678901234567890123');
  });
  it('a period without a prototype', () => {
    const issues = issuesOf({
      ...base(),
      observations: [{ indicator: 'revenue', period: Object.create(null), actual: '1' }],
    });
    expect(issues).toEqual([expect.objectContaining({ code: 'INVALID_PERIOD', path: '$.observations[0].period' })]);
  });
  it('a getter that throws, at its own path', () => {
    const observation = Object.defineProperty({ indicator: 'revenue', period: '2020' }, 'actual', {
      enumerable: true,
      get() {
        throw new TypeError('nope');
      },
    });
    expect(only({ ...base(), observations: [observation] })).toMatchObject({
      code: 'INVALID_DATASET',
      path: '$.observations[0].actual',
      message: expect.stringContaining('nope'),
    });
  });
  it('proxies that throw on every trap, and revoked proxies', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('keys');
        },
        get() {
          throw new Error('get');
        },
      },
    );
    expect(only(hostile)).toMatchObject({ path: '$' });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(only({ ...base(), observations: [proxy] })).toMatchObject({ path: '$.observations[0]' });
    // Unreadable indicators: the observation's indicator is then unknown too.
    expect(issuesOf({ ...base(), indicators: proxy }).map((i) => i.path)).toEqual([
      '$.indicators',
      '$.observations[0].indicator',
    ]);
  });
  it('cycles, arrays where objects belong, and very deep nesting', () => {
    const cyclic: Record<string, unknown> = base();
    cyclic['self'] = cyclic;
    expect(only(cyclic)).toMatchObject({ path: '$.self' });
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(only({ ...base(), observations: [deep] })).toMatchObject({ path: '$.observations[0]' });
    expect(only('['.repeat(100_000) + ']'.repeat(100_000)).path).toBe('$');
    expect(only({ ...base(), observations: { 0: base().observations[0] } }).message).toMatch(/Expected an array/);
  });
  it('an array with a hostile length is refused without walking it', () => {
    const sparse = Object.assign([], { length: 4_294_967_295 });
    expect(only({ ...base(), observations: sparse })).toMatchObject({ code: 'OUT_OF_RANGE', path: '$.observations' });
  });
  it('__proto__ and constructor keys pollute nothing and are unknown fields', () => {
    const issues = issuesOf(
      JSON.parse(
        '{"title":{"vi":"t","__proto__":{"polluted":1}},"__proto__":{"polluted":1},"indicators":[{"id":"a","name":"A","unit":{"code":"x","kind":"count","words":{"__proto__":"x","vi":"cái"}},"constructor":{"prototype":{"polluted":1}}}],"observations":[]}',
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        '$.__proto__',
        '$.indicators[0].constructor',
        '$.title.__proto__',
        '$.indicators[0].unit.words.__proto__',
      ]),
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
  it('a record key such as __proto__ stays an own key of the output, never a prototype', () => {
    const r = parseDataset({
      ...base(),
      indicators: [{ id: 'revenue', name: { vi: 'Doanh thu', en: 'Revenue' }, unit: 'VND' }],
    });
    expect(r.ok && Object.getPrototypeOf(r.dataset.indicators[0]?.name)).toBe(Object.prototype);
  });
  it('at most 1,000 issues are listed, and the last says how many more there were', () => {
    const observations = Array.from({ length: 1500 }, () => ({ indicator: 'revenue', period: '2020', actual: 'x' }));
    const issues = issuesOf({ ...base(), observations });
    expect(issues).toHaveLength(1001);
    expect(issues.find((i) => i.path === '$' && /more issues? not listed/.test(i.message))?.message).toMatch(
      /^\d+ more issues not listed/,
    );
  });
  it('parseDataset on anything at all returns a result', () => {
    for (const input of [undefined, null, 0, '', 'null', '[]', 1n, Symbol('x'), () => 1, new Date(), new Map()]) {
      const r = parseDataset(input);
      expect(r.ok).toBe(false);
    }
  });
});

describe('messages that help', () => {
  it('quote at most about 40 characters of a bad value', () => {
    const issue = only(withActual('x'.repeat(5_000_000)));
    expect(issue.message.length).toBeLessThan(120);
    expect(issue.message).toContain(`"${'x'.repeat(40)}…"`);
    const key = only({ ...base(), ['k'.repeat(1_000_000)]: 1 });
    expect(key.message.length).toBeLessThan(120);
    expect(key.path.length).toBeLessThan(60);
    const unit = only({ ...base(), indicators: [{ id: 'revenue', name: 'R', unit: 'u'.repeat(1_000_000) }] });
    expect(unit.message.length).toBeLessThan(250);
  });
  it('an unknown unit lists the closest built-in codes, matching their Vietnamese and English words', () => {
    const unitIssue = (unit: string) =>
      only({ ...base(), indicators: [{ id: 'revenue', name: 'R', unit }] }) as ValidationIssue;
    expect(unitIssue('thuê bao')).toMatchObject({ code: 'UNKNOWN_UNIT', path: '$.indicators[0].unit' });
    expect(unitIssue('thuê bao').message).toMatch(/Did you mean "subscriber"\?/);
    expect(unitIssue('THUE BAO').message).toMatch(/"subscriber"/);
    expect(unitIssue('subscribers ').message).toMatch(/"subscriber"/);
    expect(unitIssue('dong').message).toMatch(/"VND"/);
    expect(unitIssue('người').message).toMatch(/"person"/);
    expect(unitIssue('hồ sơ').message).toMatch(/"dossier"/);
    expect(unitIssue('doanh nghiep').message).toMatch(/"enterprise"/);
    expect(unitIssue('persn').message).toMatch(/"person"/);
    expect(unitIssue('tỷ đồng').message).toMatch(/Did you mean "VND"\?/);
    expect(unitIssue('triệu thuê bao').message).toMatch(/Did you mean "subscriber"\?/);
    expect(unitIssue('zzzzzzzz').message).not.toMatch(/Did you mean/);
  });
  it('an unknown field or indicator names the nearest one', () => {
    expect(only({ ...base(), observations: [{ indicator: 'revenue', period: '2020', acutal: '1' }] }).message).toBe(
      'Unknown field "acutal". Did you mean "actual"?',
    );
    expect(only({ ...base(), titel: 'x' }).message).toMatch(/Did you mean "title"\?/);
    expect(only({ ...base(), observations: [{ indicator: 'revenu', period: '2020' }] })).toMatchObject({
      code: 'UNKNOWN_INDICATOR',
      path: '$.observations[0].indicator',
      message: 'Unknown indicator "revenu". Did you mean "revenue"?',
    });
    expect(only({ ...base(), observations: [{ indicator: 'Revenue', period: '2020' }] }).message).toMatch(/"revenue"/);
    const parent = only({
      ...base(),
      indicators: [...base().indicators, { id: 'b', name: 'B', unit: 'VND', parent: 'revenu' }],
    });
    expect(parent).toMatchObject({ code: 'UNKNOWN_INDICATOR', path: '$.indicators[1].parent' });
    expect(parent.message).toMatch(/Did you mean "revenue"\?/);
    expect(
      only({ ...base(), indicators: [{ id: 'revenue', name: 'R', unit: 'VND', direction: 'higher-is-beter' }] })
        .message,
    ).toMatch(/Did you mean "higher-is-better"\?/);
  });
  it('a string where JSON wants a boolean or a number says so', () => {
    expect(
      only({ ...base(), observations: [{ indicator: 'revenue', period: '2020', estimated: 'true' }] }),
    ).toMatchObject({
      path: '$.observations[0].estimated',
      message: 'Expected a JSON boolean `true`, not the string "true"',
    });
    expect(only({ ...base(), indicators: [{ id: 'revenue', name: 'R', unit: 'VND', scale: '9' }] }).message).toBe(
      'Expected a JSON number 9, not the string "9"',
    );
  });
  it('a parent loop is one issue per indicator on it, naming the loop', () => {
    const issues = issuesOf({
      title: 't',
      indicators: [
        { id: 'a', name: 'A', unit: 'count', parent: 'b' },
        { id: 'b', name: 'B', unit: 'count', parent: 'c' },
        { id: 'c', name: 'C', unit: 'count', parent: 'a' },
        { id: 'd', name: 'D', unit: 'count', parent: 'a' },
        { id: 'e', name: 'E', unit: 'count' },
        { id: 'f', name: 'F', unit: 'count', parent: 'e' },
      ],
      observations: [],
    });
    expect(issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'INVALID_INDICATOR $.indicators[0].parent',
      'INVALID_INDICATOR $.indicators[1].parent',
      'INVALID_INDICATOR $.indicators[2].parent',
      'INVALID_INDICATOR $.indicators[3].parent',
    ]);
    expect(issues[0]?.message).toBe('Parent chain of "a" loops: "a" → "b" → "c" → "a"');
    expect(issues[3]?.message).toMatch(/^Parent chain of "d" runs into a loop/);
  });
  it('defineIndicator quotes at most 40 characters of a bad indicator id, and survives a throwing id', () => {
    try {
      defineIndicator({ id: 'x'.repeat(5000), name: 'X', unit: 'thuê bao' });
      expect.unreachable();
    } catch (error) {
      expect(ChitieuError.is(error) && error.code).toBe('UNKNOWN_UNIT');
      expect((error as ChitieuError).message).toMatch(/^Invalid indicator "x{40}…": /);
      expect((error as ChitieuError).message.length).toBeLessThan(400);
    }
    const throwingId = Object.defineProperty({ name: 'X', unit: 'VND' }, 'id', {
      enumerable: true,
      get() {
        throw new TypeError('id boom');
      },
    });
    const caught = (() => {
      try {
        defineIndicator(throwingId as never);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(ChitieuError.is(caught)).toBe(true);
    expect((caught as ChitieuError).message).toMatch(/^Invalid indicator: /);
  });
  it('errors from defineIndicator carry the same codes and short messages', () => {
    try {
      defineIndicator({ id: 'x', name: 'X', unit: 'thuê bao' });
      expect.unreachable();
    } catch (error) {
      expect(ChitieuError.is(error) && error.code).toBe('UNKNOWN_UNIT');
      expect((error as ChitieuError).message).toMatch(/subscriber/);
    }
  });
});

describe('a validated dataset is handed over as validated', () => {
  it('evaluates what parseDataset returns', () => {
    const r = parseDataset(base());
    expect(r.ok).toBe(true);
    if (r.ok) expect(evaluateDataset(r.dataset)).toHaveLength(1);
  });
});

describe('the other entry points throw only ChitieuError', () => {
  it('evaluate() on hostile observation fields: only ChitieuError, short messages', async () => {
    const { HOSTILE } = await import('./hostile-values');
    const ind = defineIndicator({ id: 'a', name: 'A', unit: 'VND' });
    const failures: string[] = [];
    const fields = ['indicator', 'stage', 'actual', 'target', 'previous', 'population', 'estimated'];
    HOSTILE.forEach((make, i) => {
      for (const field of fields) {
        try {
          evaluate({ indicator: 'a', period: '2020', actual: '1', target: '2', [field]: make() } as never, ind);
        } catch (error) {
          if (!ChitieuError.is(error)) failures.push(`${field} #${i}: ${String(error)}`);
          else if (error.message.length > 600)
            failures.push(`${field} #${i}: a ${error.message.length}-character message`);
        }
      }
    });
    for (const [field, value] of [
      ['stage', 10n],
      ['indicator', 'x'.repeat(100_000)],
    ] as const) {
      try {
        evaluate({ indicator: 'a', period: '2020', actual: '1', [field]: value } as never, ind);
        failures.push(`${field}: accepted`);
      } catch (error) {
        if (!ChitieuError.is(error) || error.message.length > 200)
          failures.push(`${field}: ${String(error).slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });
  it('decimal(), defineIndicator() and defineObservation() on every hostile value', async () => {
    const { HOSTILE } = await import('./hostile-values');
    const failures: string[] = [];
    HOSTILE.forEach((make, i) => {
      const attempts: [string, () => unknown][] = [
        ['decimal', () => decimal(make() as string)],
        ['defineObservation', () => defineObservation(make() as never)],
        ['defineIndicator', () => defineIndicator(make() as never)],
        ['defineIndicator id', () => defineIndicator({ id: make() as string, name: 'A', unit: 'VND' })],
        ['defineIndicator name', () => defineIndicator({ id: 'a', name: make() as string, unit: 'VND' })],
        ['defineIndicator unit', () => defineIndicator({ id: 'a', name: 'A', unit: make() as string })],
        [
          'defineObservation actual',
          () => defineObservation({ indicator: 'a', period: '2020', actual: make() as string }),
        ],
        [
          'defineObservation stated',
          () => defineObservation({ indicator: 'a', period: '2020', stated: make() as never }),
        ],
      ];
      for (const [name, attempt] of attempts) {
        try {
          attempt();
        } catch (error) {
          if (!ChitieuError.is(error)) failures.push(`${name} #${i}: ${String(error)}`);
          else if (error.message.length > 600)
            failures.push(`${name} #${i}: a ${error.message.length}-character message`);
        }
      }
    });
    expect(failures).toEqual([]);
  });
});
