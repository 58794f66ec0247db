/**
 * The API-wide hostile-arguments harness: every runtime export of `@chitieu/core`,
 * `@chitieu/core/view` and `@chitieu/core/extract`, found by enumerating the entry modules (a new
 * export is covered without touching this file), valid arguments for each parameter found by its
 * name, a pool of hostile values, and one judge of a call's outcome.
 *
 * The contract judged (issues 9 and 10): a call returns, or throws a `ChitieuError` (the view
 * layer: a `PropsError`) with a code and a short message — never a `TypeError`, a `RangeError`,
 * a stack overflow or any other bare error; a result never carries `NaN`, `Infinity`,
 * `undefined` or `[object Object]` printed into a string that its arguments did not contain; a
 * result's lazy fields read without throwing; and no call takes longer than {@link CALL_LIMIT_MS}.
 */
import * as extractApi from '../../src/extract/index';
import * as coreApi from '../../src/index';
import * as viewApi from '../../src/view/index';
import { HOSTILE } from '../input/hostile-values';

/** A wall-clock bound per call, generous for a loaded 2-core machine (the slow ones took 25–60 s). */
export const CALL_LIMIT_MS = 5_000;

/**
 * Exports deliberately not called, with the reason. Everything else that is a function is called.
 * Non-function exports (constants such as `STATUSES`, `units`, `INPUT_LIMITS`, `CLIP_FACTOR`) are
 * data, not entry points, and are skipped by type.
 */
export const EXCLUDED: Readonly<Record<string, string>> = {
  // classes: calling them without `new` is a language error, and constructing one is not input handling
  'core.ChitieuError': 'class (the error type itself)',
  'view.PropsError': 'class (the error type itself)',
  'view.IndicatorNode': 'class (a Scorecard tree node built by buildTree)',
};

export type Entry = 'core' | 'view' | 'extract';
export interface ApiFunction {
  readonly entry: Entry;
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
  /** Parameter names read from the function's source (`?` for a destructured one). */
  readonly params: readonly string[];
}

function paramNames(fn: (...args: unknown[]) => unknown): string[] {
  const source = Function.prototype.toString.call(fn);
  const head = /^[^(]*\(([^)]*)\)/.exec(source)?.[1] ?? '';
  const names = head
    .split(',')
    .map((p) => p.trim().split('=')[0]?.trim() ?? '')
    .filter((p) => p !== '');
  const arity = Math.max(fn.length, names.length, 1);
  return Array.from({ length: arity }, (_, i) => (names[i] && /^[A-Za-z_$][\w$]*$/.test(names[i]) ? names[i] : '?'));
}

/** Every callable runtime export of the three entry points, minus {@link EXCLUDED}. */
export function apiFunctions(): ApiFunction[] {
  const out: ApiFunction[] = [];
  const modules: [Entry, Record<string, unknown>][] = [
    ['core', coreApi],
    ['view', viewApi],
    ['extract', extractApi],
  ];
  for (const [entry, module] of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function' || `${entry}.${name}` in EXCLUDED) continue;
      const fn = value as (...args: unknown[]) => unknown;
      out.push({ entry, name, fn, params: paramNames(fn) });
    }
  }
  return out;
}

// ---- valid values, by parameter name -------------------------------------------------------------

const revenueInput = {
  id: 'revenue',
  name: { vi: 'Doanh thu', en: 'Revenue' },
  unit: 'VND',
  scale: 9,
  density: { per: '100' },
};
const observationInput = {
  indicator: 'revenue',
  period: '2020',
  actual: '3630',
  target: '3608',
  previous: '3500',
  population: '3640000',
  stated: { completion: '100.6', rank: { rank: 3, of: 63 } },
  nextTarget: { period: '2021', value: '3745' },
};
const datasetInput = (): Record<string, unknown> => ({
  title: { vi: 'Thử', en: 'Test' },
  indicators: [
    revenueInput,
    { id: 'cost', name: 'Chi phí', unit: 'USD', targetKind: 'at-most', parent: 'revenue' },
    { id: 'rate', name: 'Tỷ lệ', unit: 'percent', direction: 'neither' },
  ],
  observations: [
    observationInput,
    { indicator: 'cost', period: '2020', actual: '120', target: '100', previous: '130' },
    { indicator: 'rate', period: '2020', actual: '4.2', target: { min: '4', max: '5' } },
  ],
});

/** Fresh valid values (getters and caches must not be shared between calls). */
export function validValues() {
  const indicator = coreApi.defineIndicator(revenueInput);
  const dataset = coreApi.assertDataset(datasetInput());
  const evaluations = coreApi.evaluateDataset(dataset);
  const evaluation = evaluations[0] as coreApi.Evaluation;
  const summary = coreApi.summarize(evaluations);
  const statements = extractApi.extractStatements('Doanh thu đạt 3.630 tỷ đồng, bằng 100,6% kế hoạch, tăng 3,7%.', {
    locale: 'vi',
  });
  return { indicator, dataset, evaluations, evaluation, summary, statements };
}

/** A valid argument for a parameter of this name (and function), or a plausible one. */
export function validFor(param: string, fnName: string): unknown {
  const v = validValues();
  switch (param) {
    case 'evaluation':
    case 'e':
    case 'source':
      return fnName === 'rankPhrase' ? { rank: 3, of: 63 } : v.evaluation;
    case 'evaluations':
      return v.evaluations;
    case 'summary':
      return v.summary;
    case 'indicator':
      return v.indicator;
    case 'observation':
      return { ...observationInput };
    case 'observations':
      return [{ ...observationInput }, { ...observationInput, period: '2021' }];
    case 'dataset':
      return fnName.startsWith('audit') ? v.dataset : v.dataset;
    case 'input':
      return fnName === 'bulletGeometry'
        ? { actual: '3630', target: '3608' }
        : fnName.startsWith('define')
          ? revenueInput
          : datasetInput();
    case 'statements':
      return v.statements;
    case 'options':
    case 'fallbackOptions':
      return fnName === 'allocate'
        ? { weights: ['3', '1'] }
        : fnName === 'unitLabel'
          ? { locale: 'vi', indicator: v.indicator }
          : { locale: 'vi' };
    case 'locale':
    case 'tag':
      return 'vi';
    case 'period':
    case 'id':
    case 'outer':
    case 'inner':
      return '2020';
    case 'text':
    case 'printed':
      return fnName.startsWith('extract') ? 'Doanh thu đạt 3.630 tỷ đồng, bằng 100,6% kế hoạch.' : '3.630,5';
    case 'status':
      return 'met';
    case 'direction':
      return 'higher-is-better';
    case 'change':
      return v.evaluation.change;
    case 'items':
      return [{ completion: '1.006', weight: '2' }, { completion: '0.9' }];
    case 'decimals':
      return 2;
    case 'mode':
      return 'half-up';
    case 'prop':
      return 'value';
    case 'code':
      return 'VND';
    case 'locale_':
      return 'vi';
    default:
      return '3630';
  }
}

// ---- hostile values ---------------------------------------------------------------------------

/** Valid-looking values with one bad field, and arguments of the right shape in the wrong place. */
const ONE_BAD_FIELD: readonly (() => unknown)[] = [
  () => ({ ...validValues().evaluation, actual: 'abc' }),
  () => ({ ...validValues().evaluation, indicator: {} }),
  () => ({ ...validValues().evaluation, status: 'sideways' }),
  () => ({ ...validValues().evaluation, rule: undefined }),
  () => ({ ...validValues().evaluation, observation: null }),
  () => ({ ...validValues().evaluation, change: { ratio: 'x' } }),
  () => ({ ...validValues().evaluation, completionPercent: Number.NaN }),
  () => [validValues().evaluation, null],
  () => [validValues().evaluation, 'abc', {}],
  () => ({}),
  () => ({ ...validValues().summary, counts: null }),
  () => ({ ...validValues().summary, total: Number.NaN }),
  () => ({ ...validValues().dataset, observations: null }),
  () => ({ ...validValues().dataset, indicators: [{}] }),
  () => ({ ...validValues().indicator, scale: Number.NaN }),
  () => ({ ...validValues().indicator, name: null }),
  () => ({ ...validValues().indicator, unit: { code: 'x' } }),
  () => ({ ...observationInput, period: Object.create(null) }),
  () => ({ ...observationInput, actual: 10n }),
  () => ({ locale: {} }),
  () => ({ locale: 'vi_VN' }),
  () => ({ locale: 'vi', decimals: Number.NaN }),
  () => ({ locale: 'vi', decimals: 1e9 }),
  () => ({ locale: 'en', weights: ['1', 'x'] }),
  () => ({ locale: 'vi', cap: 'Infinity' }),
  () => ({ locale: 'vi', chunkSize: -1 }),
  () => [{ completion: Number.NaN }],
];

/** Valid values of every parameter kind, to be put in the wrong place. */
const SHUFFLED: readonly (() => unknown)[] = [
  'evaluation',
  'evaluations',
  'summary',
  'indicator',
  'dataset',
  'options',
  'locale',
  'period',
  'statements',
  'change',
].map((p) => () => validFor(p, ''));

/** Every value an argument may be replaced with (made fresh per call). */
export const POOL: readonly (() => unknown)[] = [...HOSTILE, ...ONE_BAD_FIELD, ...SHUFFLED];

// ---- the judge --------------------------------------------------------------------------------

const WORDS = ['NaN', 'Infinity', 'undefined', '[object Object]'] as const;

/** Which of the suspicious words an argument already contains (they may come back out). */
function wordsIn(args: readonly unknown[]): Set<string> {
  const found = new Set<string>();
  for (const a of args) {
    // a refusal may describe a bad number as it is ("got NaN")
    if (typeof a === 'number' && !Number.isFinite(a)) found.add(Number.isNaN(a) ? 'NaN' : 'Infinity');
    // JSON text whose number overflows is described as what JSON.parse reads ("got Infinity")
    if (typeof a === 'string' && Math.abs(Number(a)) === Number.POSITIVE_INFINITY) found.add('Infinity');
    let text: string;
    try {
      text = typeof a === 'string' ? a : (JSON.stringify(a) ?? '');
    } catch {
      continue;
    }
    for (const w of WORDS) if (text.includes(w)) found.add(w);
  }
  return found;
}

/** Walks a result (reading every lazy field), returning the first problem found. */
function inspect(result: unknown, allowed: Set<string>): string | null {
  const seen = new Set<unknown>();
  const stack: [unknown, string][] = [[result, '$']];
  let budget = 20_000;
  while (stack.length > 0 && budget-- > 0) {
    const [value, path] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      for (const w of WORDS)
        if (value.includes(w) && !allowed.has(w)) return `${path} prints ${w}: ${value.slice(0, 80)}`;
      continue;
    }
    if (typeof value === 'number') {
      // numbers a view model computes for layout must be finite
      if (!Number.isFinite(value)) return `${path} is ${value}`;
      continue;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Map || value instanceof Set) continue;
    let keys: string[];
    try {
      keys = Object.keys(value);
    } catch (error) {
      return `${path}: listing the keys threw ${String(error)}`;
    }
    for (const key of keys) {
      let child: unknown;
      try {
        child = (value as Record<string, unknown>)[key];
      } catch (error) {
        return `${path}.${key}: reading threw ${(error as Error)?.name}: ${(error as Error)?.message?.slice(0, 120)}`;
      }
      stack.push([child, `${path}.${key}`]);
    }
  }
  return null;
}

function isTyped(error: unknown): boolean {
  if (coreApi.ChitieuError.is(error)) return typeof error.code === 'string' && error.message.length > 0;
  return error instanceof viewApi.PropsError && typeof error.prop === 'string' && error.prop.length > 0;
}

/** The longest message a refusal may have: a few short sentences (one per issue), each quoting ≤ 40 characters of a value. */
const MESSAGE_LIMIT = 2_000;

export interface Verdict {
  readonly ok: boolean;
  readonly problem?: string;
  readonly ms: number;
}

function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 160)}`;
    return `a thrown ${typeof error}`;
  } catch {
    return 'an unreadable thrown value';
  }
}

/** Calls `fn(...args)` (consuming an async iterator or promise) and judges the outcome. */
export async function judge(fn: (...args: unknown[]) => unknown, args: readonly unknown[]): Promise<Verdict> {
  const allowed = wordsIn(args);
  const start = performance.now();
  let result: unknown;
  let failure: string | null = null;
  try {
    result = fn(...args);
    if (result !== null && typeof result === 'object' && Symbol.asyncIterator in result) {
      const chunks: unknown[] = [];
      for await (const chunk of result as AsyncIterable<unknown>) chunks.push(chunk);
      result = chunks;
    } else if (result instanceof Promise) {
      result = await result;
    }
    failure = inspect(result, allowed);
  } catch (error) {
    if (!isTyped(error)) failure = `threw ${describeError(error)}`;
    else if ((error as Error).message.length > MESSAGE_LIMIT)
      failure = `a ${(error as Error).message.length}-character message`;
  }
  const ms = performance.now() - start;
  if (failure === null && ms > CALL_LIMIT_MS) failure = `took ${ms.toFixed(0)} ms`;
  return failure === null ? { ok: true, ms } : { ok: false, problem: failure, ms };
}
