import { ChitieuError, type ValidationIssue } from '../errors/chitieu-error';
import type { Dataset } from '../model/types';
import { run, schemas } from '../schema/model-schema';

/** Result of {@link parseDataset}: the dataset, or every problem found with its JSON path. */
export type ParseDatasetResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const STAGE_ORDER: Record<string, number> = { estimate: 0, preliminary: 1, official: 2 };

/** Cross-reference rules, run on the raw input so that they report even when fields are invalid. */
function crossCheck(input: Record<string, unknown>, issues: ValidationIssue[]): void {
  const indicators = Array.isArray(input['indicators']) ? input['indicators'] : [];
  const observations = Array.isArray(input['observations']) ? input['observations'] : [];
  const ids = new Map<string, number>();
  const parents = new Map<string, string>();
  const bandIds = new Set<string>();
  indicators.forEach((ind, i) => {
    if (!isObject(ind) || typeof ind['id'] !== 'string') return;
    const id = ind['id'];
    const first = ids.get(id);
    if (first !== undefined) {
      issues.push({
        code: 'DUPLICATE_ID',
        path: `$.indicators[${i}].id`,
        message: `Duplicate indicator id "${id}" (first at $.indicators[${first}])`,
      });
    } else ids.set(id, i);
    if (typeof ind['parent'] === 'string') parents.set(id, ind['parent']);
    if (ind['targetKind'] === 'band' || ind['direction'] === 'neither') bandIds.add(id);
  });
  indicators.forEach((ind, i) => {
    if (!isObject(ind) || typeof ind['parent'] !== 'string' || typeof ind['id'] !== 'string') return;
    const parent = ind['parent'];
    if (!ids.has(parent)) {
      issues.push({
        code: 'UNKNOWN_INDICATOR',
        path: `$.indicators[${i}].parent`,
        message: `Unknown parent indicator "${parent}"`,
      });
      return;
    }
    const seen = new Set<string>([ind['id']]);
    for (let p: string | undefined = parent; p !== undefined; p = parents.get(p)) {
      if (seen.has(p)) {
        issues.push({
          code: 'INVALID_INDICATOR',
          path: `$.indicators[${i}].parent`,
          message: `Parent chain of "${ind['id']}" loops back to "${p}"`,
        });
        break;
      }
      seen.add(p);
    }
  });
  const keys = new Map<string, number>();
  observations.forEach((obs, i) => {
    if (!isObject(obs) || typeof obs['indicator'] !== 'string') return;
    const id = obs['indicator'];
    if (!ids.has(id)) {
      issues.push({
        code: 'UNKNOWN_INDICATOR',
        path: `$.observations[${i}].indicator`,
        message: `Unknown indicator "${id}"`,
      });
      return;
    }
    const target = obs['target'];
    if (target !== null && target !== undefined) {
      const isBand = isObject(target);
      if (isBand !== bandIds.has(id)) {
        issues.push({
          code: 'INVALID_OBSERVATION',
          path: `$.observations[${i}].target`,
          message: bandIds.has(id)
            ? `Indicator "${id}" has a band target; expected { "min": …, "max": … }`
            : `Indicator "${id}" has a single-value target; got a band`,
        });
      }
    }
    const stage = typeof obs['stage'] === 'string' ? obs['stage'] : obs['estimated'] === true ? 'estimate' : 'official';
    const key = `${id}\u0000${String(obs['period'])}\u0000${stage}`;
    const first = keys.get(key);
    if (first !== undefined) {
      issues.push({
        code: 'DUPLICATE_ID',
        path: `$.observations[${i}]`,
        message: `Second ${stage} observation of "${id}" for ${String(obs['period'])} (first at $.observations[${first}]); a later stage may replace an earlier one, the same stage may not repeat`,
      });
    } else keys.set(key, i);
  });
}

/**
 * Validates untrusted data (an object, or JSON text) as a dataset and returns every problem with
 * its JSON path — not just the first: wrong types, invalid decimals (`"1,5"`, `"abc"`, NaN),
 * bands with min > max, negative populations, unknown or duplicate indicator ids, unknown
 * parents and parent loops, observations of unknown indicators, repeated observations.
 * Decimals come back as canonical strings; stated figures keep their printed precision.
 *
 * @example
 * const result = parseDataset(await (await fetch('/thanh-hoa-2020.json')).text());
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path, issue.message);
 * // $.observations[2].actual Expected a decimal such as "1234.5", got "1,8" (locale-formatted text needs parseNumber(text, locale))
 */
export function parseDataset(input: unknown): ParseDatasetResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        issues: [{ code: 'INVALID_DATASET', path: '$', message: `Not valid JSON: ${(error as Error).message}` }],
      };
    }
  }
  const result = run(schemas().dataset, data, '$');
  const issues = [...result.issues];
  if (isObject(data)) crossCheck(data, issues);
  issues.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (result.value === null || issues.length > 0) return { ok: false, issues };
  return { ok: true, dataset: result.value as Dataset };
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
  const best = new Map<string, T>();
  for (const o of observations) {
    const key = `${o.indicator}\u0000${o.period}`;
    const current = best.get(key);
    const rank = STAGE_ORDER[o.stage ?? (o.estimated ? 'estimate' : 'official')] ?? 2;
    if (!current || rank >= (STAGE_ORDER[current.stage ?? (current.estimated ? 'estimate' : 'official')] ?? 2))
      best.set(key, o);
  }
  return observations.filter((o) => best.get(`${o.indicator}\u0000${o.period}`) === o);
}
