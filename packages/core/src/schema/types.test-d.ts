/**
 * The schemas and `model/types.ts` agree: the types the schemas infer (no casts) have the same
 * keys as the hand-written types, with the same optionality, and are assignable both ways where
 * they describe the same value. A field added to a type but not to its schema, or the other way
 * round, fails this test (run by `tsc` in `pnpm typecheck` and by vitest's typecheck).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Aggregation,
  Band,
  ChangeForm,
  DataStage,
  DensitySpec,
  Direction,
  Indicator,
  IndicatorInput,
  LowerIsBetterPolicy,
  NextTarget,
  Observation,
  ObservationInput,
  Rank,
  StatedChange,
  StatedFigures,
  TargetKind,
  UnitKind,
} from '../model/types';
import type {
  AGGREGATIONS,
  CHANGE_FORMS,
  DATA_STAGES,
  DIRECTIONS,
  LOWER_IS_BETTER_POLICIES,
  TARGET_KINDS,
  UNIT_KINDS,
} from './defaults';
import type { IndicatorFields, NormalizedIndicator } from './indicator-schema';
import type { NormalizedObservation, ObservationFields } from './observation-schema';

/** True when A and B are each assignable to the other. */
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The same keys, and the same optional keys. */
type SameShape<A, B> = Mutual<keyof A, keyof B> extends true ? Mutual<OptionalKeys<A>, OptionalKeys<B>> : false;
/** Every key required and without `undefined`: compares value types apart from optionality. */
type Strict<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };
/** The same keys, the same optional keys, and mutually assignable value types. */
type Agree<A, B> = SameShape<A, B> extends true ? Mutual<Strict<A>, Strict<B>> : false;
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
type Defined<T> = Exclude<T, undefined | null>;

describe('the value lists in schema/defaults.ts are the unions of model/types.ts', () => {
  it('one list each, neither longer nor shorter than the type', () => {
    expectTypeOf<Mutual<(typeof DATA_STAGES)[number], DataStage>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<(typeof DIRECTIONS)[number], Direction>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<(typeof TARGET_KINDS)[number], TargetKind>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<(typeof AGGREGATIONS)[number], Aggregation>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<(typeof LOWER_IS_BETTER_POLICIES)[number], LowerIsBetterPolicy>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<(typeof CHANGE_FORMS)[number], ChangeForm>>().toEqualTypeOf<true>();
    expectTypeOf<Mutual<(typeof UNIT_KINDS)[number], UnitKind>>().toEqualTypeOf<true>();
  });
});

describe('the indicator schema agrees with Indicator and IndicatorInput', () => {
  it('states the fields IndicatorInput has, and every validated input is an IndicatorInput', () => {
    expectTypeOf<SameShape<IndicatorFields, IndicatorInput>>().toEqualTypeOf<true>();
    expectTypeOf<IndicatorFields>().toExtend<IndicatorInput>();
  });
  it('normalises to exactly Indicator', () => {
    expectTypeOf<Agree<NormalizedIndicator, Indicator>>().toEqualTypeOf<true>();
    expectTypeOf<NormalizedIndicator>().toExtend<Indicator>();
    expectTypeOf<Agree<Defined<NormalizedIndicator['density']>, DensitySpec>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<Defined<IndicatorFields['density']>, Defined<IndicatorInput['density']>>
    >().toEqualTypeOf<true>();
  });
});

describe('the observation schema agrees with Observation and ObservationInput', () => {
  it('states the fields ObservationInput has, and every validated input is an ObservationInput', () => {
    expectTypeOf<SameShape<ObservationFields, ObservationInput>>().toEqualTypeOf<true>();
    expectTypeOf<ObservationFields>().toExtend<ObservationInput>();
  });
  it('normalises to exactly Observation', () => {
    expectTypeOf<Agree<NormalizedObservation, Observation>>().toEqualTypeOf<true>();
    expectTypeOf<NormalizedObservation>().toExtend<Observation>();
  });
  it('has the nested shapes of the model', () => {
    type Stated = Defined<ObservationFields['stated']>;
    expectTypeOf<Agree<Stated, StatedFigures>>().toEqualTypeOf<true>();
    expectTypeOf<Agree<Defined<Stated['change']>, StatedChange>>().toEqualTypeOf<true>();
    expectTypeOf<Agree<Defined<Stated['rank']>, Rank>>().toEqualTypeOf<true>();
    expectTypeOf<Agree<Defined<ObservationFields['nextTarget']>, NextTarget>>().toEqualTypeOf<true>();
    expectTypeOf<Agree<Exclude<ObservationFields['target'], string | null | undefined>, Band>>().toEqualTypeOf<true>();
  });
});
