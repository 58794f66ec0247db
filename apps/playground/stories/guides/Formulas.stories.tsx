import {
  change,
  completion,
  compositeScore,
  type Direction,
  defineIndicator,
  density,
  evaluate,
  formatNumber,
  formatPercent,
  formatPoints,
  formatQuantity,
  impliedPopulation,
  impliedTarget,
  type LowerIsBetterPolicy,
  proRataTarget,
  requiredGrowth,
  runRateForecast,
  statusLabel,
  variance,
} from '@chitieu/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { FormulaCard } from '../../src/docs/FormulaCard';
import { expectNoHorizontalOverflow, expectPhoneWidth } from '../../src/testing/layout';
import { expectNoBadLineBreaks } from '../../src/testing/line-breaks';

/** Inputs of the formula examples; every story uses some of them, all as decimal strings. */
interface FormulaArgs {
  readonly actual?: string;
  readonly target?: string;
  readonly min?: string;
  readonly max?: string;
  readonly previous?: string;
  readonly population?: string;
  readonly per?: string;
  readonly stated?: string;
  readonly next?: string;
  readonly elapsed?: string;
  readonly length?: string;
  readonly completions?: string;
  readonly weights?: string;
  readonly cap?: string;
  readonly direction?: Direction;
  readonly policy?: LowerIsBetterPolicy;
  readonly percentUnit?: boolean;
  readonly decimals?: number;
}

const meta = {
  title: 'Guides/How the numbers are computed',
  id: 'guides-numbers',
  tags: ['!autodocs'],
  argTypes: {
    direction: { control: 'inline-radio', options: ['higher-is-better', 'lower-is-better', 'neither'] },
    policy: { control: 'inline-radio', options: ['inverse', 'mirror'] },
    decimals: { control: { type: 'number', min: 0, max: 6 } },
  },
} satisfies Meta<FormulaArgs>;

export default meta;
type Story = StoryObj<FormulaArgs>;

const v = (text: string | undefined): string => text ?? '';
/** A ratio shown in both locales, so the examples also show the phrasing. */
const pct = (ratio: string | null, decimals = 2, guard = false): string =>
  ratio === null
    ? '—'
    : `${formatPercent(ratio, { locale: 'vi', decimals, guard })} · ${formatPercent(ratio, { locale: 'en', decimals, guard })}`;
const num = (value: string | null, decimals?: number): string =>
  value === null
    ? '—'
    : `${formatNumber(value, { locale: 'vi', ...(decimals === undefined ? {} : { decimals }) })} · ${formatNumber(value, { locale: 'en', ...(decimals === undefined ? {} : { decimals }) })}`;
const status = (args: FormulaArgs, target: string | { min: string; max: string }): string => {
  const indicator = defineIndicator({
    id: 'x',
    name: 'x',
    unit: 'count',
    direction: args.direction ?? 'higher-is-better',
    ...(typeof target === 'object' ? { targetKind: 'band' as const } : {}),
    ...(args.policy ? { lowerIsBetterPolicy: args.policy } : {}),
  });
  const e = evaluate({ indicator: 'x', period: '2020', actual: v(args.actual), target }, indicator);
  return `${e.status} — ${statusLabel(e.status, 'vi')} · ${statusLabel(e.status, 'en')}`;
};

export const Completion: Story = {
  name: 'Completion A ÷ T',
  args: { actual: '1800000', target: '1700000', direction: 'higher-is-better', decimals: 2 },
  parameters: { controls: { include: ['actual', 'target', 'direction', 'policy', 'decimals'] } },
  render: (args) => (
    <FormulaCard
      formula={args.direction === 'lower-is-better' ? 'T ÷ A (inverse) · 2 − A ÷ T (mirror)' : 'A ÷ T'}
      inputs={[
        ['A', v(args.actual)],
        ['T', v(args.target)],
      ]}
      compute={() => {
        const c = completion(v(args.actual), v(args.target), {
          ...(args.direction ? { direction: args.direction } : {}),
          ...(args.policy ? { policy: args.policy } : {}),
        });
        return [
          ['completion', c.value ?? `null (${c.reason})`],
          ['% kế hoạch · % of plan', pct(c.value, args.decimals, true)],
          ['status', status(args, v(args.target))],
        ];
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^1\.0588235294/)).toBeInTheDocument();
    await expect(canvas.getByText('105,88% · 105.88%')).toBeInTheDocument();
  },
};

export const BoundaryGuard: Story = {
  name: 'Rounding never contradicts the status',
  args: { actual: '2499.9', target: '2500', decimals: 2 },
  parameters: { controls: { include: ['actual', 'target', 'decimals'] } },
  render: (args) => (
    <FormulaCard
      formula="round(A ÷ T × 100) — guarded at 100% and at the near threshold"
      inputs={[
        ['A', v(args.actual)],
        ['T', v(args.target)],
      ]}
      compute={() => {
        const c = completion(v(args.actual), v(args.target));
        const exact = c.value ?? '0';
        return [
          ['exact completion', exact],
          ['plain half-up rounding (wrong)', pct(exact, args.decimals, false)],
          ['guarded (what Chỉ tiêu shows)', pct(c.value, args.decimals, true)],
          ['status', status(args, v(args.target))],
        ];
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('99,99% · 99.99%')).toBeInTheDocument();
  },
};

export const LowerIsBetter: Story = {
  name: 'Lower is better: inverse and mirror',
  args: { actual: '80', target: '100' },
  parameters: { controls: { include: ['actual', 'target'] } },
  render: (args) => (
    <FormulaCard
      formula="inverse T ÷ A (default) · mirror 2 − A ÷ T"
      inputs={[
        ['A', v(args.actual)],
        ['T', v(args.target)],
      ]}
      compute={() => {
        const inverse = completion(v(args.actual), v(args.target), { direction: 'lower-is-better', policy: 'inverse' });
        const mirror = completion(v(args.actual), v(args.target), { direction: 'lower-is-better', policy: 'mirror' });
        return [
          ['inverse', `${inverse.value ?? `null (${inverse.reason})`} → ${pct(inverse.value, 1)}`],
          ['mirror', `${mirror.value ?? `null (${mirror.reason})`} → ${pct(mirror.value, 1)}`],
          ['status', status({ ...args, direction: 'lower-is-better' }, v(args.target))],
        ];
      }}
    />
  ),
};

export const Band: Story = {
  name: 'Band target [L, H]',
  args: { actual: '3.2', min: '3', max: '4', direction: 'neither' },
  parameters: { controls: { include: ['actual', 'min', 'max', 'direction'] } },
  render: (args) => (
    <FormulaCard
      formula="higher is better: A ÷ L · lower is better: policy against H · neither: met inside, distance outside"
      inputs={[
        ['A', v(args.actual)],
        ['[L, H]', `[${v(args.min)}, ${v(args.max)}]`],
        ['direction', args.direction ?? 'neither'],
      ]}
      compute={() => {
        const band = { min: v(args.min), max: v(args.max) };
        const c = completion(v(args.actual), band, { direction: args.direction ?? 'neither', targetKind: 'band' });
        return [
          ['completion', c.value ?? `null (${c.reason})`],
          ['distance to the band', variance(v(args.actual), band).absolute],
          ['status', status(args, band)],
        ];
      }}
    />
  ),
};

export const Variance: Story = {
  name: 'Variance A − T',
  args: { actual: '3630', target: '3608' },
  parameters: { controls: { include: ['actual', 'target'] } },
  render: (args) => (
    <FormulaCard
      formula="A − T · (A − T) ÷ |T|"
      inputs={[
        ['A', v(args.actual)],
        ['T', v(args.target)],
      ]}
      compute={() => {
        const r = variance(v(args.actual), v(args.target));
        return [
          ['A − T', num(r.absolute)],
          ['(A − T) ÷ |T|', r.relative === null ? `null (${r.reason})` : pct(r.relative, 2)],
        ];
      }}
    />
  ),
};

export const Change: Story = {
  name: 'Change vs previous',
  args: { actual: '56.35', previous: '40', percentUnit: true },
  parameters: { controls: { include: ['actual', 'previous', 'percentUnit'] } },
  render: (args) => (
    <FormulaCard
      formula="ratio A ÷ P · rate A ÷ P − 1 · for % units: A − P in points"
      inputs={[
        ['A', v(args.actual)],
        ['P', v(args.previous)],
        ['unit %', String(args.percentUnit ?? false)],
      ]}
      compute={() => {
        const c = change(v(args.actual), v(args.previous), { percentUnit: args.percentUnit ?? false });
        return [
          ['ratio', c.ratio === null ? `null (${c.reason})` : pct(c.ratio, 2)],
          ['rate', c.rate === null ? `null (${c.reason})` : pct(c.rate, 2)],
          ['absolute', num(c.absolute)],
          [
            'points',
            c.points === null
              ? '—'
              : `${formatPoints(c.points, { locale: 'vi' })} · ${formatPoints(c.points, { locale: 'en' })}`,
          ],
        ];
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/16,35 điểm phần trăm/)).toBeInTheDocument();
  },
};

export const Density: Story = {
  name: 'Density per N',
  args: { actual: '1800000', population: '3614458', per: '100' },
  parameters: { controls: { include: ['actual', 'population', 'per'] } },
  render: (args) => (
    <FormulaCard
      formula="A ÷ population × N"
      inputs={[
        ['A', v(args.actual)],
        ['population', v(args.population)],
        ['N', v(args.per)],
      ]}
      compute={() => {
        const d = density(v(args.actual), v(args.population), v(args.per));
        return [['density', d.value === null ? `null (${d.reason})` : num(d.value, 2)]];
      }}
    />
  ),
};

export const ImpliedTarget: Story = {
  name: 'Implied plan from a stated %',
  args: { actual: '3630', stated: '100.6' },
  parameters: { controls: { include: ['actual', 'stated'] } },
  render: (args) => (
    <FormulaCard
      formula="A ÷ c — c as printed is an interval: 100,6% ∈ [100,55%; 100,65%)"
      inputs={[
        ['A', v(args.actual)],
        ['c (%)', v(args.stated)],
      ]}
      compute={() => {
        const r = impliedTarget(v(args.actual), v(args.stated));
        if (r.value === null) return [['plan', `null (${r.reason})`]];
        return [
          ['plan', num(r.value.value, 2)],
          ['interval', `${num(r.value.interval.min, 2)} … ${num(r.value.interval.max, 2)}`],
        ];
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('3.608,35 · 3,608.35')).toBeInTheDocument();
  },
};

export const ImpliedPopulation: Story = {
  name: 'Implied population from a stated density',
  args: { actual: '1800000', stated: '49.8', per: '100' },
  parameters: { controls: { include: ['actual', 'stated', 'per'] } },
  render: (args) => (
    <FormulaCard
      formula="A × N ÷ d"
      inputs={[
        ['A', v(args.actual)],
        ['d', v(args.stated)],
        ['N', v(args.per)],
      ]}
      compute={() => {
        const r = impliedPopulation(v(args.actual), v(args.stated), v(args.per));
        if (r.value === null) return [['population', `null (${r.reason})`]];
        return [
          ['population', num(r.value.value, 0)],
          ['interval', `${num(r.value.interval.min, 0)} … ${num(r.value.interval.max, 0)}`],
        ];
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('3.614.458 · 3,614,458')).toBeInTheDocument();
  },
};

export const RequiredGrowth: Story = {
  name: 'Growth needed for the next target',
  args: { actual: '3630', next: '3745' },
  parameters: { controls: { include: ['actual', 'next'] } },
  render: (args) => (
    <FormulaCard
      formula="T₊₁ ÷ A − 1"
      inputs={[
        ['A', v(args.actual)],
        ['T₊₁', v(args.next)],
      ]}
      compute={() => {
        const r = requiredGrowth(v(args.actual), v(args.next));
        return [['growth', r.value === null ? `null (${r.reason})` : pct(r.value, 2)]];
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('3,17% · 3.17%')).toBeInTheDocument();
  },
};

export const ProRataAndRunRate: Story = {
  name: 'Pro-rata expectation and run-rate forecast',
  args: { target: '3745', actual: '3300', elapsed: '11', length: '12' },
  parameters: { controls: { include: ['target', 'actual', 'elapsed', 'length'] } },
  render: (args) => (
    <FormulaCard
      formula="T × elapsed ÷ length · A_to_date ÷ (elapsed ÷ length)"
      inputs={[
        ['T', v(args.target)],
        ['A to date', v(args.actual)],
        ['elapsed / length (months)', `${v(args.elapsed)} / ${v(args.length)}`],
      ]}
      compute={() => {
        const period = { elapsed: v(args.elapsed), length: v(args.length), unit: 'months' as const };
        const forecast = runRateForecast(v(args.actual), period);
        return [
          ['expected by now', num(proRataTarget(v(args.target), period), 2)],
          ['forecast for the year', forecast.value === null ? `null (${forecast.reason})` : num(forecast.value, 2)],
        ];
      }}
    />
  ),
};

export const CompositeScore: Story = {
  name: 'Composite score',
  args: { completions: '1.2, 0.9, 1.0', weights: '1, 1, 2', cap: '1' },
  parameters: { controls: { include: ['completions', 'weights', 'cap'] } },
  render: (args) => (
    <FormulaCard
      formula="Σ wᵢ · min(completionᵢ, cap) ÷ Σ wᵢ"
      inputs={[
        ['completions', v(args.completions)],
        ['weights', v(args.weights)],
        ['cap', v(args.cap)],
      ]}
      compute={() => {
        const completions = v(args.completions)
          .split(',')
          .map((s) => s.trim());
        const weights = v(args.weights)
          .split(',')
          .map((s) => s.trim());
        const items = completions.map((c, i) => ({ completion: c, weight: weights[i] ?? '1' }));
        const r = compositeScore(items, { cap: v(args.cap) });
        return [['score', r.value === null ? `null (${r.reason})` : pct(r.value, 2)]];
      }}
    />
  ),
};

/**
 * A very long figure on a phone, in a narrow card: it wraps only after a group separator
 * (`987.654.321.<wbr>098…`), and a number never parts from its unit (`432,1 đồng`).
 */
export const LongNumbers: Story = {
  name: 'Long numbers wrap at group boundaries (phone)',
  globals: { viewport: { value: 'phone', isRotated: false } },
  render: () => (
    <div style={{ maxWidth: '11rem' }}>
      <FormulaCard
        formula="A"
        inputs={[['A', '987654321098765432.1']]}
        compute={() => [
          ['vi', formatQuantity('987654321098765432.1', { locale: 'vi', unit: 'VND', decimals: 1 })],
          ['en', formatQuantity('987654321098765432.1', { locale: 'en', unit: 'VND', decimals: 1 })],
          ['%', '3.608,35 tỷ đồng · 80,00 máy/100 dân'],
        ]}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expectPhoneWidth();
    await expectNoBadLineBreaks(canvasElement);
    await expectNoHorizontalOverflow();
    // the figure wrapped (it is far wider than 11rem) — the test would see a bad break if it split wrongly
    const output = canvasElement.querySelector('output');
    await expect(output?.getClientRects().length ?? 0).toBeGreaterThan(0);
    await expect((output?.getBoundingClientRect().height ?? 0) > 30).toBe(true);
  },
};
