/**
 * Fuzzing untrusted input (seeded, bounded): `parseDataset` never throws and every issue has a
 * path; nothing is polluted; and every dataset it accepts — including ones at the very edge of
 * the input bounds — evaluates, summarises, narrates and audits without throwing and without
 * NaN or Infinity in any output.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { auditDataset } from '../../src/extract/index';
import {
  compareDecimals,
  type Dataset,
  evaluateDataset,
  narrate,
  narrateSummary,
  parseDataset,
  summarize,
  type ValidationIssue,
} from '../../src/index';
import { HOSTILE, HOSTILE_KEYS } from './hostile-values';

const SEED = 20_261_130;

/** A valid dataset with one of each kind of indicator; made fresh for every run. */
function baseDataset(): Record<string, unknown> {
  return {
    $schema: '../schema/dataset.schema.json',
    title: { vi: 'Thử', en: 'Test' },
    source: 'fuzz',
    indicators: [
      { id: 'revenue', name: { vi: 'Doanh thu', en: 'Revenue' }, unit: 'VND', scale: 9, weight: '2' },
      { id: 'broadband', name: 'Thuê bao', unit: 'subscriber', density: { per: '100' }, parent: 'revenue' },
      { id: 'rate', name: 'Tỷ lệ', unit: 'percent', direction: 'neither', nearThreshold: '0.9' },
      { id: 'cost', name: 'Chi phí', unit: 'USD', targetKind: 'at-most', lowerIsBetterPolicy: 'mirror' },
    ],
    observations: [
      {
        indicator: 'revenue',
        period: '2020',
        actual: '3630',
        target: '3608',
        previous: '3500',
        estimated: true,
        stated: { completion: '100.6', change: { form: 'rate', value: '3.7' } },
        nextTarget: { period: '2021', value: '3745' },
      },
      {
        indicator: 'broadband',
        period: '2020',
        actual: '1800000',
        target: '1700000',
        population: '3640000',
        stated: { density: '49.8', rank: { rank: 3, of: 63 } },
        nextTarget: { period: '2025', value: '2900000', density: '80.00' },
      },
      { indicator: 'rate', period: '2020-Q1', actual: '4.2', target: { min: '4', max: '5' }, previous: '3.9' },
      { indicator: 'cost', period: '2020-11', actual: '120', target: '100', previous: '130', stage: 'preliminary' },
    ],
  };
}

/** Places in the base dataset a mutation can hit, as paths of keys. */
const SITES: readonly (readonly (string | number)[])[] = [
  [],
  ['title'],
  ['title', 'vi'],
  ['source'],
  ['indicators'],
  ['observations'],
  ...[0, 1, 2, 3].flatMap((i) =>
    [
      [],
      ['id'],
      ['name'],
      ['unit'],
      ['scale'],
      ['direction'],
      ['targetKind'],
      ['decimals'],
      ['percentDecimals'],
      ['aggregation'],
      ['parent'],
      ['weight'],
      ['density'],
      ['density', 'per'],
      ['nearThreshold'],
      ['lowerIsBetterPolicy'],
      ['group'],
    ].map((rest) => ['indicators', i, ...rest]),
  ),
  ...[0, 1, 2, 3].flatMap((i) =>
    [
      [],
      ['indicator'],
      ['period'],
      ['actual'],
      ['target'],
      ['target', 'min'],
      ['previous'],
      ['population'],
      ['numerator'],
      ['denominator'],
      ['estimated'],
      ['stage'],
      ['base'],
      ['base', 'kind'],
      ['stated'],
      ['stated', 'completion'],
      ['stated', 'density'],
      ['stated', 'change'],
      ['stated', 'change', 'value'],
      ['stated', 'rank'],
      ['nextTarget'],
      ['nextTarget', 'value'],
      ['nextTarget', 'period'],
      ['note'],
    ].map((rest) => ['observations', i, ...rest]),
  ),
];

const isContainer = (v: unknown): v is Record<string | number, unknown> => typeof v === 'object' && v !== null;

/** Sets `path` in `root` to `value` (as an own data property, `__proto__` included); returns the new root. */
function put(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (!isContainer(node)) return root;
    if (!isContainer(node[key])) node[key] = {};
    node = node[key];
  }
  if (isContainer(node))
    Object.defineProperty(node, path.at(-1) as string | number, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return root;
}

const STRINGS = /NaN|Infinity|In\.fin|undefined|\[object /;

/** Runs everything a dataset feeds and returns every string it produced. */
function pipeline(dataset: Dataset): string[] {
  const out: string[] = [];
  const evaluations = evaluateDataset(dataset);
  out.push(JSON.stringify(evaluations));
  for (const scope of ['all', 'top-level'] as const) {
    const summary = summarize(evaluations, { scope });
    out.push(JSON.stringify(summary));
    for (const locale of ['vi', 'en']) out.push(narrateSummary(evaluations, summary, { locale }));
  }
  for (const e of evaluations) for (const locale of ['vi', 'en']) out.push(narrate(e, { locale }));
  out.push(JSON.stringify(auditDataset(dataset)));
  return out;
}

const checkIssues = (issues: readonly ValidationIssue[]): void => {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.code).toBe('string');
    expect(issue.path).toMatch(/^\$/);
    // ≈40 characters of a bad value, plus the message around it (and a quoted odd key in the path).
    expect(issue.message.length).toBeLessThan(400);
    expect(issue.path.length).toBeLessThan(200);
  }
};

const counts = { accepted: 0, refused: 0, pipelines: 0 };

afterAll(() => {
  // The corpus exercises both sides: some datasets are accepted (and run through everything).
  expect(counts.accepted).toBeGreaterThan(20);
  expect(counts.refused).toBeGreaterThan(100);
  // Most edge datasets are valid and run through the whole pipeline.
  expect(counts.pipelines).toBeGreaterThan(200);
});

describe('fuzzing parseDataset with hostile input', () => {
  it('never throws, gives every issue a path, pollutes nothing; what it accepts runs through everything', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat({ max: SITES.length - 1 }),
            fc.nat({ max: HOSTILE.length - 1 }),
            fc.nat({ max: HOSTILE_KEYS.length * 4 }),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        fc.boolean(),
        (mutations, asText) => {
          let data: unknown = baseDataset();
          for (const [site, hostile, key] of mutations) {
            const path = SITES[site] ?? [];
            const extraKey = HOSTILE_KEYS[key];
            // A quarter of the time, add a hostile key beside the site instead of replacing it.
            data =
              extraKey !== undefined && path.length > 0
                ? put(data, [...path.slice(0, -1), extraKey], HOSTILE[hostile]?.())
                : put(data, path, HOSTILE[hostile]?.());
          }
          let input: unknown = data;
          if (asText) {
            try {
              input = JSON.stringify(data);
            } catch {
              input = data; // BigInts, cycles, throwing getters cannot be JSON text
            }
          }
          const result = parseDataset(input);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
          expect((Object.prototype as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
          if (!result.ok) {
            counts.refused++;
            checkIssues(result.issues);
            return;
          }
          counts.accepted++;
          for (const text of pipeline(result.dataset)) expect(text).not.toMatch(STRINGS);
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  }, 120_000);
});

/** Decimals at the edges of the accepted bounds: 1–100 digits with exponents −99…99, up to 200 without. */
const edgeDecimal = (options: { positive?: boolean } = {}): fc.Arbitrary<string> =>
  fc
    .tuple(
      options.positive ? fc.constant(false) : fc.boolean(),
      fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 100 }),
      fc.integer({ min: -99, max: 99 }),
      fc.nat({ max: 5 }),
    )
    .map(([negative, digitList, exponent, form]) => {
      const digits = digitList.join('').replace(/^0+(?=\d)/, '');
      const sign = negative ? '-' : '';
      if (form === 0) return `${sign}${digits}e${exponent}`;
      if (form === 1) return `${sign}0.${digits.slice(0, 99)}e${exponent}`;
      if (form === 2) return `${sign}${digits}`;
      if (form === 4) return `${sign}0.${'0'.repeat(99)}${digits}`;
      if (form === 5) return `${sign}${digits}${'0'.repeat(100)}`;
      return `${sign}${digits.slice(0, 1)}.${digits.slice(1) || '0'}e${exponent}`;
    })
    .filter((text) => !options.positive || /[1-9]/.test(text.replace(/e.*$/, '')));

const ordinary = fc.oneof(
  fc.constantFrom('0', '1', '100', '3630', '0.95', '-1', '49.8', '1800000'),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
);
const value = fc.oneof({ weight: 3, arbitrary: edgeDecimal() }, { weight: 2, arbitrary: ordinary });
const positive = fc.oneof(edgeDecimal({ positive: true }), fc.constantFrom('1', '100', '3640000'));
/** Figures as a report prints them: no exponent, at most 20 decimals. */
const printedFigure = fc
  .tuple(fc.boolean(), fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 180 }), fc.nat({ max: 20 }))
  .map(([negative, digitList, decimals]) => {
    const digits = digitList.join('').padStart(decimals + 1, '0');
    const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
    return negative ? `-${text}` : text;
  });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const edgeIndicator = fc.record({
  unit: fc.constantFrom('VND', 'percent', 'subscriber', 'times', 'hours-per-day', 'count'),
  scale: fc.constantFrom(-30, 0, 9, 30),
  kind: fc.constantFrom('higher', 'lower', 'at-least', 'at-most', 'band'),
  percentDecimals: fc.nat({ max: 20 }),
  decimals: fc.nat({ max: 20 }),
  per: maybe(positive),
  nearThreshold: maybe(fc.constantFrom('1e-99', `0.${'9'.repeat(99)}`, '1', '0.5')),
  weight: maybe(fc.oneof(positive, fc.constant('0'))),
  policy: fc.constantFrom('inverse', 'mirror'),
});

const edgeObservation = fc.record({
  actual: maybe(value),
  target: maybe(value),
  band: fc.tuple(value, value),
  previous: maybe(value),
  population: maybe(positive),
  numerator: maybe(value),
  denominator: maybe(positive),
  completion: maybe(fc.oneof(printedFigure, ordinary)),
  density: maybe(fc.oneof(printedFigure, ordinary)),
  change: maybe(fc.tuple(fc.constantFrom('ratio', 'rate', 'times', 'points'), fc.oneof(printedFigure, ordinary))),
  next: maybe(fc.tuple(fc.constantFrom('2021', '2025', '2099'), value, maybe(printedFigure))),
  period: fc.constantFrom('2020', '2020-Q1', '2020-11', '2020-YTD-11', '2020-H2'),
  stage: fc.constantFrom('estimate', 'preliminary', 'official'),
});

const strip = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

describe('datasets at the edge of the input bounds', () => {
  it('every accepted dataset evaluates, narrates and audits without throwing, NaN or Infinity', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(edgeIndicator, fc.array(edgeObservation, { minLength: 1, maxLength: 3 })), {
          minLength: 1,
          maxLength: 3,
        }),
        (entries) => {
          const indicators = entries.map(([ind], i) =>
            strip({
              id: `i${i}`,
              name: `Chỉ tiêu ${i}`,
              unit: ind.unit,
              scale: ind.scale,
              direction: ind.kind === 'band' ? 'neither' : ind.kind === 'lower' ? 'lower-is-better' : undefined,
              targetKind:
                ind.kind === 'at-least' || ind.kind === 'at-most' || ind.kind === 'band' ? ind.kind : undefined,
              percentDecimals: ind.percentDecimals,
              decimals: ind.decimals,
              density: ind.per === undefined ? undefined : { per: ind.per },
              nearThreshold: ind.nearThreshold,
              weight: ind.weight,
              lowerIsBetterPolicy: ind.policy,
              parent: i > 0 ? 'i0' : undefined,
            }),
          );
          const observations = entries.flatMap(([ind, list], i) =>
            list.map((o) =>
              strip({
                indicator: `i${i}`,
                period: o.period,
                stage: o.stage,
                actual: o.actual,
                target:
                  ind.kind === 'band'
                    ? compareDecimals(o.band[0], o.band[1]) <= 0
                      ? { min: o.band[0], max: o.band[1] }
                      : { min: o.band[1], max: o.band[0] }
                    : o.target,
                previous: o.previous,
                population: o.population,
                numerator: o.numerator,
                denominator: o.denominator,
                stated: strip({
                  completion: o.completion,
                  density: o.density,
                  change: o.change && { form: o.change[0], value: o.change[1] },
                }),
                nextTarget: o.next && strip({ period: o.next[0], value: o.next[1], density: o.next[2] }),
              }),
            ),
          );
          const result = parseDataset({ title: 'Biên', indicators, observations });
          if (!result.ok) {
            counts.refused++;
            checkIssues(result.issues);
            // Only the rules of the data refuse these datasets, never a bound: they are all in bounds.
            expect(
              result.issues.filter((i) => i.code === 'OUT_OF_RANGE' && /digits|exponent|decimals/.test(i.message)),
            ).toEqual([]);
            return;
          }
          counts.accepted++;
          counts.pipelines++;
          for (const text of pipeline(result.dataset)) expect(text).not.toMatch(STRINGS);
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  }, 120_000);
});
