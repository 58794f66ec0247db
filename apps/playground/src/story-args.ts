import type { Indicator, ObservationInput } from '@chitieu/core';
import { type FixtureId, indicators, type StateName, states } from './fixtures';

/**
 * Flat args that designers edit in the controls panel; the story turns them into the
 * indicator and observation the components take. Values are decimal strings in the
 * indicator's scale (revenue `3630` is 3.630 tỷ đồng).
 */
export interface ObservationArgs {
  readonly indicator: FixtureId;
  readonly actual?: string | undefined;
  readonly target?: string | undefined;
  /** Band targets only. */
  readonly targetMin?: string | undefined;
  readonly targetMax?: string | undefined;
  readonly previous?: string | undefined;
  readonly estimated?: boolean | undefined;
}

export const observationArgTypes = {
  indicator: {
    control: 'select',
    options: Object.keys(indicators),
    description: 'Indicator (unit, scale, direction, target kind)',
  },
  actual: { control: 'text', description: 'Actual (thực hiện), in the indicator scale; empty = no data' },
  target: { control: 'text', description: 'Target (kế hoạch); empty = no target' },
  targetMin: { control: 'text', description: 'Band target: lower bound' },
  targetMax: { control: 'text', description: 'Band target: upper bound' },
  previous: { control: 'text', description: 'Same period last year (cùng kỳ)' },
  estimated: { control: 'boolean', description: 'ước đạt: an estimate' },
} as const;

const blank = (v: string | undefined): boolean => v === undefined || v.trim() === '';

/** The args of one of the fixture states. */
export function argsOf(state: StateName): ObservationArgs {
  const { indicator, observation } = states[state];
  const o = observation as ObservationInput;
  const target = o.target;
  return {
    indicator: (Object.keys(indicators) as FixtureId[]).find((k) => indicators[k].id === indicator.id) ?? 'revenue',
    actual: o.actual === null || o.actual === undefined ? '' : String(o.actual),
    ...(typeof target === 'object' && target !== null
      ? { targetMin: String(target.min), targetMax: String(target.max) }
      : { target: target === null || target === undefined ? '' : String(target) }),
    previous: o.previous === null || o.previous === undefined ? '' : String(o.previous),
    estimated: o.estimated ?? false,
  };
}

/** Indicator and observation from the flat args; validation is left to the components. */
export function fromArgs(args: ObservationArgs): { indicator: Indicator; observation: ObservationInput } {
  const indicator = indicators[args.indicator] ?? indicators.revenue;
  const band = !blank(args.targetMin) || !blank(args.targetMax);
  const observation: ObservationInput = {
    indicator: indicator.id,
    period: '2020',
    actual: blank(args.actual) ? null : (args.actual as string).trim(),
    target: band
      ? { min: (args.targetMin ?? '').trim(), max: (args.targetMax ?? '').trim() }
      : blank(args.target)
        ? null
        : (args.target as string).trim(),
    previous: blank(args.previous) ? null : (args.previous as string).trim(),
    estimated: args.estimated ?? false,
  };
  return { indicator, observation };
}
