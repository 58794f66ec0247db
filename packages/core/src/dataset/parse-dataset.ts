import { ChitieuError, type ValidationIssue } from '../errors/chitieu-error';
import { quote, thrownMessage } from '../errors/quote';
import { allowedDistance, didYouMean, editDistance, fold } from '../errors/suggest';
import type { Dataset } from '../model/types';
import { markValidated } from '../model/validated';
import { type DataStageName, stageOf, stageRank } from '../schema/defaults';
import { droppedIssue, schemas } from '../schema/model-schema';
import { type Context, INVALID, kindOf, readField, readKeys, report } from '../schema/schema';

/** Result of {@link parseDataset}: the dataset, or every problem found with its JSON path. */
export type ParseDatasetResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Reads of the raw input for the cross-checks: their failures were already reported by the
 * schema, so they go to a sink that is emptied after each dataset.
 */
const QUIET: Context = { issues: [] };
const field = (value: unknown, key: string): unknown =>
  kindOf(value) === 'object' ? readField(value as object, key, '$', QUIET) : undefined;
const list = (value: unknown): readonly unknown[] => {
  if (kindOf(value) !== 'array') return [];
  let length: unknown;
  try {
    length = (value as { length?: unknown }).length;
  } catch {
    return [];
  }
  return typeof length === 'number' && Number.isSafeInteger(length) && length >= 0 && length <= 10_000_000
    ? (value as readonly unknown[])
    : [];
};
const entry = (items: readonly unknown[], i: number): unknown => readField(items, i, '$', QUIET);

/** Comparisons spent on "did you mean" for unknown indicator ids, per dataset. */
const SUGGESTION_BUDGET = 200_000;

/** "Did you mean" for unknown indicator ids: folded exact match first, then a bounded nearest search. */
function idSuggester(ids: ReadonlyMap<string, number>): (unknown: string) => string {
  let folded: { id: string; f: string }[] | undefined;
  let byFold: Map<string, string> | undefined;
  let budget = SUGGESTION_BUDGET;
  const cache = new Map<string, string>();
  return (unknown) => {
    const cached = cache.get(unknown);
    if (cached !== undefined) return cached;
    if (!folded || !byFold) {
      folded = [...ids.keys()].map((id) => ({ id, f: fold(id) }));
      byFold = new Map();
      for (const { id, f } of folded) if (!byFold.has(f)) byFold.set(f, id);
    }
    const f = fold(unknown);
    let best = byFold.get(f);
    if (best === undefined && f !== '') {
      let bestDistance = allowedDistance(f.length);
      for (const candidate of folded) {
        if (budget-- <= 0) break;
        const d = editDistance(f, candidate.f, bestDistance);
        if (d < bestDistance || (d === bestDistance && best === undefined)) {
          best = candidate.id;
          bestDistance = d;
          if (d === 0) break;
        }
      }
    }
    const hint = best === undefined ? '' : didYouMean([best]);
    if (cache.size < 10_000) cache.set(unknown, hint);
    return hint;
  };
}

/** `a → b → c → a`, with at most five names. */
function loopText(loop: readonly string[]): string {
  const shown = loop.length > 5 ? [...loop.slice(0, 4), '…'] : loop;
  return [...shown, loop[0] ?? ''].map((id) => (id === '…' ? id : quote(id))).join(' → ');
}

/**
 * Parent references, resolved once for the whole dataset (linear in the number of indicators):
 * unknown parents, and every indicator whose parent chain loops (on the loop, or leading into
 * it), each an issue at its `parent` path.
 */
function checkParents(
  entries: readonly { index: number; id: string; parent: string }[],
  ids: ReadonlyMap<string, number>,
  ctx: Context,
  suggest: (id: string) => string,
): void {
  const parentOf = new Map<string, string>();
  for (const e of entries) {
    if (ids.get(e.id) === e.index && ids.has(e.parent)) parentOf.set(e.id, e.parent);
  }
  // A number: the walk that is visiting the id (0 once it is known to reach a root);
  // an object: the loop the id is on, or leads into.
  const state = new Map<string, number | { loop: string; on: boolean }>();
  const path: string[] = [];
  let walk = 0;
  for (const start of parentOf.keys()) {
    if (state.has(start)) continue;
    walk++;
    path.length = 0;
    let p: string | undefined = start;
    while (p !== undefined && !state.has(p)) {
      state.set(p, walk);
      path.push(p);
      p = parentOf.get(p);
    }
    const end = p === undefined ? 0 : state.get(p);
    let verdict: 0 | { loop: string; on: boolean } = 0;
    if (end === walk && p !== undefined) {
      // A new loop: the ids from p on. Each id is on one walk only, so this stays linear.
      const from = path.indexOf(p);
      const loop = { loop: loopText(path.slice(from)), on: true };
      for (let i = from; i < path.length; i++) state.set(path[i] as string, loop);
      path.length = from;
      verdict = { loop: loop.loop, on: false };
    } else if (typeof end === 'object') verdict = { loop: end.loop, on: false };
    for (const id of path) state.set(id, verdict);
  }
  for (const e of entries) {
    const path = `$.indicators[${e.index}].parent`;
    if (!ids.has(e.parent)) {
      report(
        ctx,
        'UNKNOWN_INDICATOR',
        path,
        `Unknown parent indicator ${quote(e.parent)}.${suggest(e.parent)}`.replace(/\.$/, ''),
      );
      continue;
    }
    if (ids.get(e.id) !== e.index) continue; // a duplicate id, reported as such
    const s = state.get(e.id);
    if (typeof s === 'object') {
      report(
        ctx,
        'INVALID_INDICATOR',
        path,
        s.on
          ? `Parent chain of ${quote(e.id)} loops: ${s.loop}`
          : `Parent chain of ${quote(e.id)} runs into a loop: ${s.loop}`,
      );
    }
  }
}

/** Cross-reference rules, run on the raw input so that they report even when fields are invalid. */
function crossCheck(input: unknown, ctx: Context): void {
  const indicators = list(field(input, 'indicators'));
  const observations = list(field(input, 'observations'));
  const ids = new Map<string, number>();
  const bandIds = new Set<string>();
  const parents: { index: number; id: string; parent: string }[] = [];
  for (let i = 0; i < indicators.length; i++) {
    const ind = entry(indicators, i);
    const id = field(ind, 'id');
    if (typeof id !== 'string') continue;
    const first = ids.get(id);
    if (first !== undefined) {
      report(
        ctx,
        'DUPLICATE_ID',
        `$.indicators[${i}].id`,
        `Duplicate indicator id ${quote(id)} (first at $.indicators[${first}])`,
      );
    } else ids.set(id, i);
    const parent = field(ind, 'parent');
    if (typeof parent === 'string') parents.push({ index: i, id, parent });
    if (field(ind, 'targetKind') === 'band' || field(ind, 'direction') === 'neither') bandIds.add(id);
  }
  const suggest = idSuggester(ids);
  checkParents(parents, ids, ctx, suggest);
  // First observation of each indicator, period and stage: per-indicator maps keyed by
  // period + stage, so no key string is built per observation.
  const firsts = new Map<string, Map<string, number>>();
  const periodStage = new Map<string, Record<DataStageName, string>>();
  for (let i = 0; i < observations.length; i++) {
    const obs = entry(observations, i);
    const id = field(obs, 'indicator');
    if (typeof id !== 'string') continue;
    if (!ids.has(id)) {
      report(
        ctx,
        'UNKNOWN_INDICATOR',
        `$.observations[${i}].indicator`,
        `Unknown indicator ${quote(id)}.${suggest(id)}`.replace(/\.$/, ''),
      );
      continue;
    }
    const target = field(obs, 'target');
    if (target !== null && target !== undefined) {
      const isBand = kindOf(target) === 'object';
      if (isBand !== bandIds.has(id)) {
        report(
          ctx,
          'INVALID_OBSERVATION',
          `$.observations[${i}].target`,
          bandIds.has(id)
            ? `Indicator ${quote(id)} has a band target; expected { "min": …, "max": … }`
            : `Indicator ${quote(id)} has a single-value target; got a band`,
        );
      }
    }
    const period = field(obs, 'period');
    if (typeof period !== 'string') continue;
    const stage: DataStageName = stageOf({ stage: field(obs, 'stage'), estimated: field(obs, 'estimated') });
    let keysOfPeriod = periodStage.get(period);
    if (keysOfPeriod === undefined) {
      keysOfPeriod = {
        estimate: `${period}\u0000estimate`,
        preliminary: `${period}\u0000preliminary`,
        official: `${period}\u0000official`,
      };
      if (periodStage.size < 10_000) periodStage.set(period, keysOfPeriod);
    }
    const key = keysOfPeriod[stage];
    let seen = firsts.get(id);
    if (seen === undefined) {
      seen = new Map();
      firsts.set(id, seen);
    }
    const first = seen.get(key);
    if (first !== undefined) {
      report(
        ctx,
        'DUPLICATE_ID',
        `$.observations[${i}]`,
        `Second ${stage} observation of ${quote(id)} for ${quote(period)} (first at $.observations[${first}]); a later stage may replace an earlier one, the same stage may not repeat`,
      );
    } else seen.set(key, i);
  }
}

const byPath = (a: ValidationIssue, b: ValidationIssue): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function validate(input: unknown): ParseDatasetResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        issues: [{ code: 'INVALID_DATASET', path: '$', message: `Not valid JSON: ${thrownMessage(error)}` }],
      };
    }
  }
  const ctx: Context = { issues: [] };
  const parsed = schemas().dataset.parse(data, '$', ctx);
  if (kindOf(data) === 'object' && readKeys(data as object, '$', QUIET) !== INVALID) crossCheck(data, ctx);
  QUIET.issues.length = 0;
  QUIET.dropped = 0;
  const dropped = droppedIssue(ctx, '$');
  const issues = dropped ? [...ctx.issues, dropped] : ctx.issues;
  issues.sort(byPath);
  if (parsed === INVALID || issues.length > 0) return { ok: false, issues };
  for (const indicator of parsed.indicators) markValidated(indicator);
  for (const observation of parsed.observations) markValidated(observation);
  return { ok: true, dataset: parsed };
}

/**
 * Validates untrusted data (an object, or JSON text) as a dataset and returns every problem with
 * its JSON path — not just the first: wrong types, invalid decimals (`"1,5"`, `"abc"`, NaN),
 * decimals beyond the input bounds (more than 100 digits, an exponent beyond ±99), bands with
 * min > max, negative populations, unknown or duplicate indicator ids (with the nearest known
 * name), unknown parents and parent loops, observations of unknown indicators, repeated
 * observations. Decimals come back as canonical strings; stated figures keep their printed
 * precision.
 *
 * It never throws, whatever the input: hostile objects (throwing getters, proxies, cycles,
 * BigInts, `__proto__` keys, very deep nesting) give issues, and the cost is linear in the size
 * of the input. At most 1,000 issues are listed; a last issue at `$` says how many more there were.
 *
 * @example
 * const result = parseDataset(await (await fetch('/thanh-hoa-2020.json')).text());
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path, issue.message);
 * // $.observations[2].actual Expected a decimal such as "1234.5", got "1,8" (locale-formatted text needs parseNumber(text, locale))
 */
export function parseDataset(input: unknown): ParseDatasetResult {
  try {
    return validate(input);
  } catch (error) {
    // Unreachable for any input the tests know of; kept so that no input can make this throw.
    return {
      ok: false,
      issues: [{ code: 'INVALID_DATASET', path: '$', message: `Could not read the dataset: ${thrownMessage(error)}` }],
    };
  }
}

/**
 * Like {@link parseDataset}, but returns the dataset or throws.
 * @throws {ChitieuError} `INVALID_DATASET` whose `issues` list every problem.
 */
export function assertDataset(input: unknown): Dataset {
  const result = parseDataset(input);
  if (result.ok) return result.dataset;
  const shown = result.issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  const more = result.issues.length > 5 ? `; and ${result.issues.length - 5} more` : '';
  throw new ChitieuError(
    'INVALID_DATASET',
    `Invalid dataset (${result.issues.length} issue${result.issues.length === 1 ? '' : 's'}): ${shown}${more}`,
    { issues: result.issues },
  );
}

/** Latest stage of each indicator and period wins (official over preliminary over estimate). @internal */
export function latestObservations<
  T extends { indicator: string; period: string; stage?: string | undefined; estimated?: boolean | undefined },
>(observations: readonly T[]): T[] {
  const best = new Map<string, { o: T; rank: number }>();
  for (const o of observations) {
    const key = `${o.indicator}\u0000${o.period}`;
    const rank = stageRank(stageOf(o));
    const current = best.get(key);
    if (!current || rank >= current.rank) best.set(key, { o, rank });
  }
  return observations.filter((o) => best.get(`${o.indicator}\u0000${o.period}`)?.o === o);
}
