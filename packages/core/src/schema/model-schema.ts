/**
 * The schemas of the model, assembled: one source for validation (`defineIndicator`,
 * `defineObservation`, `parseDataset`) and for the shipped JSON Schema. The parts live beside
 * this file: `defaults.ts` (value lists and defaults), `decimal-schema.ts` (bounded decimals),
 * `indicator-schema.ts`, `observation-schema.ts`, and the DSL in `schema.ts`.
 *
 * @internal
 */
import type { Indicator, LocalizedText, Observation } from '../model/types';
import { indicatorSchema, localizedTextSchema } from './indicator-schema';
import { observationSchema } from './observation-schema';
import {
  array,
  type Context,
  INVALID,
  type JsonSchema,
  MAX_ISSUES,
  object,
  optional,
  type Schema,
  string,
} from './schema';

/** The model's schemas, built on first use: the module has no top-level side effects, so an app
 * that never validates (only formats, say) tree-shakes all of this away. */
export interface ModelSchemas {
  readonly indicator: Schema<Indicator>;
  readonly observation: Schema<Observation>;
  readonly dataset: Schema<{
    title: LocalizedText;
    source?: string | undefined;
    indicators: Indicator[];
    observations: Observation[];
  }>;
  readonly defs: Record<string, JsonSchema>;
}

let built: ModelSchemas | undefined;

/** @internal */
export function schemas(): ModelSchemas {
  built ??= build();
  return built;
}

function build(): ModelSchemas {
  const defs: Record<string, JsonSchema> = {};
  const title = localizedTextSchema(defs);
  const indicator = indicatorSchema(defs);
  const observation = observationSchema(defs);
  const dataset = object(
    {
      title,
      source: optional(string()),
      indicators: array(indicator),
      observations: array(observation),
    },
    { description: 'A Chỉ tiêu dataset: indicators and their observations', allow: ['$schema'] },
  );
  return { indicator, observation, dataset, defs };
}

const DATASET_SCHEMA_ID = 'https://unpkg.com/@chitieu/core/schema/dataset.schema.json';

/** The JSON Schema of a dataset, generated from the validator's own schemas. */
export function datasetJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: DATASET_SCHEMA_ID,
    title: 'Chỉ tiêu dataset',
    ...schemas().dataset.json,
    $defs: schemas().defs,
  };
}

/** The last issue of a run that found more than {@link MAX_ISSUES}: how many were left out. */
export function droppedIssue(ctx: Context, root: string): Context['issues'][number] | null {
  return ctx.dropped
    ? {
        code: 'INVALID_DATASET',
        path: root,
        message: `${ctx.dropped} more issue${ctx.dropped === 1 ? '' : 's'} not listed (only the first ${MAX_ISSUES} are)`,
      }
    : null;
}

/** Internal: runs a schema and returns its value or all issues. */
export function run<T>(
  schema: Schema<T>,
  value: unknown,
  root = '$',
  ctx: Context = { issues: [] },
): { value: T; issues: [] } | { value: null; issues: Context['issues'] } {
  const parsed = schema.parse(value, root, ctx);
  if (parsed === INVALID || ctx.issues.length > 0) {
    const dropped = droppedIssue(ctx, root);
    return { value: null, issues: dropped ? [...ctx.issues, dropped] : ctx.issues };
  }
  return { value: parsed, issues: [] };
}
