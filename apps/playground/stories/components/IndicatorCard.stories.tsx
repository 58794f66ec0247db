import { defineIndicator, type Indicator, units } from '@chitieu/core';
import { IndicatorCard } from '@chitieu/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, within } from 'storybook/test';
import { ComponentDocsPage } from '../../src/docs/ComponentDocsPage';
import { revenueHistory } from '../../src/fixtures';
import { argsOf, fromArgs, type ObservationArgs, observationArgTypes } from '../../src/story-args';
import { expectNoHorizontalOverflow, expectPhoneWidth } from '../../src/testing/layout';
import { expectNoBadLineBreaks } from '../../src/testing/line-breaks';

interface CardArgs extends ObservationArgs {
  readonly size: 'regular' | 'compact';
  readonly headingLevel: 2 | 3 | 4 | 5 | 6;
  readonly withHistory: boolean;
}

/**
 * One indicator for one period: name, actual, % of plan, status, change against the same
 * period last year, the bullet bar, and (with `history`) the trend. Use it for a handful of
 * headline indicators; use the Scorecard for a whole report.
 */
const meta = {
  title: 'Components/IndicatorCard',
  // the docs page shows the component's own props table under the example's flat controls
  parameters: {
    docs: { page: () => <ComponentDocsPage component={IndicatorCard as ComponentType<never>} name="IndicatorCard" /> },
  },
  argTypes: {
    ...observationArgTypes,
    size: { control: 'inline-radio', options: ['regular', 'compact'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    withHistory: { control: 'boolean', description: 'Pass quarterly history (sparkline)' },
  },
  args: { ...argsOf('exceeded'), size: 'regular', headingLevel: 3, withHistory: false },
  render: ({ size, headingLevel, withHistory, ...args }) => {
    const { indicator, observation } = fromArgs(args);
    return (
      <div style={{ maxWidth: size === 'compact' ? '18rem' : '26rem' }}>
        <IndicatorCard
          indicator={indicator}
          observation={observation}
          size={size}
          headingLevel={headingLevel}
          {...(withHistory ? { history: revenueHistory } : {})}
        />
      </div>
    );
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

const vi = (globals: Record<string, unknown>): boolean => globals['locale'] !== 'en';

export const Exceeded: Story = {
  play: async ({ canvasElement, globals }) => {
    const card = within(canvasElement).getByRole('article');
    await expect(card).toHaveTextContent(vi(globals) ? '105,88%' : '105.88%');
    await expect(card).toHaveTextContent(vi(globals) ? 'Vượt kế hoạch' : 'Exceeded');
  },
};
export const Met: Story = { args: argsOf('met') };
export const Near: Story = {
  args: argsOf('near'),
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('article')).toHaveTextContent(vi(globals) ? 'Gần đạt' : 'Near');
  },
};
export const Missed: Story = { args: argsOf('missed') };
export const NoTarget: Story = { args: argsOf('noTarget') };
export const NoData: Story = { args: argsOf('noData') };
export const Estimated: Story = { args: argsOf('estimated') };
export const LowerIsBetter: Story = { args: argsOf('lowerIsBetter') };
export const BandTarget: Story = { args: argsOf('band') };
export const HugeValues: Story = { args: argsOf('hugeValues') };
export const LongName: Story = { args: argsOf('longName') };
export const WithHistory: Story = { args: { ...argsOf('estimated'), withHistory: true } };
export const Compact: Story = { args: { ...argsOf('exceeded'), size: 'compact' } };
interface CustomArgs {
  readonly nameVi: string;
  readonly nameEn: string;
  readonly unit: string;
  readonly scale: number;
  readonly decimals: number;
  readonly percentDecimals: number;
  readonly direction: 'higher-is-better' | 'lower-is-better' | 'neither';
  readonly targetKind: 'point' | 'at-least' | 'at-most' | 'band';
  readonly actual: string;
  readonly target: string;
  readonly targetMin: string;
  readonly targetMax: string;
  readonly previous: string;
  readonly estimated: boolean;
  readonly size: 'regular' | 'compact';
}

/** Every field of the indicator and the observation as a control: try any definition. */
export const AnyIndicator: StoryObj<CustomArgs> = {
  name: 'Any indicator (all controls)',
  argTypes: {
    unit: { control: 'select', options: Object.keys(units).map((k) => units[k as keyof typeof units].code) },
    scale: { control: 'select', options: [0, 3, 6, 9, 12] },
    decimals: { control: { type: 'number', min: 0, max: 6 } },
    percentDecimals: { control: { type: 'number', min: 0, max: 4 } },
    direction: { control: 'inline-radio', options: ['higher-is-better', 'lower-is-better', 'neither'] },
    targetKind: { control: 'inline-radio', options: ['point', 'at-least', 'at-most', 'band'] },
    size: { control: 'inline-radio', options: ['regular', 'compact'] },
  },
  args: {
    nameVi: 'Tổng doanh thu toàn ngành',
    nameEn: 'Total sector revenue',
    unit: 'VND',
    scale: 9,
    decimals: 0,
    percentDecimals: 1,
    direction: 'higher-is-better',
    targetKind: 'point',
    actual: '3630',
    target: '3608',
    targetMin: '',
    targetMax: '',
    previous: '3400',
    estimated: true,
    size: 'regular',
  },
  render: (args) => {
    // defineIndicator validates: a contradictory definition (direction "neither" with a point
    // target) is shown as the core's message rather than thrown.
    let indicator: Indicator;
    try {
      indicator = defineIndicator({
        id: 'custom',
        name: { vi: args.nameVi, en: args.nameEn },
        unit: args.unit,
        scale: args.scale,
        decimals: args.decimals,
        percentDecimals: args.percentDecimals,
        direction: args.direction,
        targetKind: args.targetKind,
      });
    } catch (error) {
      return (
        <p role="alert" className="pg-issues">
          {error instanceof Error ? error.message : String(error)}
        </p>
      );
    }
    const band = args.targetKind === 'band';
    return (
      <div style={{ maxWidth: args.size === 'compact' ? '18rem' : '26rem' }}>
        <IndicatorCard
          indicator={indicator}
          size={args.size}
          observation={{
            indicator: 'custom',
            period: '2020',
            actual: args.actual.trim() === '' ? null : args.actual.trim(),
            target: band
              ? { min: args.targetMin.trim(), max: args.targetMax.trim() }
              : args.target.trim() === ''
                ? null
                : args.target.trim(),
            previous: args.previous.trim() === '' ? null : args.previous.trim(),
            estimated: args.estimated,
          }}
        />
      </div>
    );
  },
};

export const InvalidInput: Story = {
  name: 'Invalid input shows, never throws',
  args: { ...argsOf('exceeded'), actual: '1,800,000' },
};

/** A card on a 390 px phone: long figures and names wrap between words, never off the screen. */
export const OnAPhone: Story = {
  name: 'On a phone (390 px)',
  globals: { viewport: { value: 'phone', isRotated: false } },
  args: argsOf('exceeded'),
  play: async () => {
    await expectPhoneWidth();
    await expectNoHorizontalOverflow();
  },
};

/**
 * `987.654.321.098.765.432.109.876 đồng` on a 390 px phone: the card's figures wrap only at group
 * boundaries (a `<wbr>` after a group separator), keep their last group with the unit, and never
 * run off the card.
 */
export const HugeValuesOnAPhone: Story = {
  name: 'Huge values on a phone (390 px)',
  globals: { viewport: { value: 'phone', isRotated: false } },
  args: argsOf('hugeValues'),
  play: async ({ canvasElement }) => {
    await expectPhoneWidth();
    await expectNoHorizontalOverflow();
    await expectNoBadLineBreaks(canvasElement);
    const card = within(canvasElement).getByRole('article');
    // text hidden for screen readers (`.ct-sr-only`) is clipped to 1 px on purpose: not a figure cut off
    const clipped = [...card.querySelectorAll<HTMLElement>('*')].filter(
      (el) =>
        !el.matches('.ct-sr-only') &&
        el.scrollWidth > el.clientWidth + 1 &&
        getComputedStyle(el).overflowX === 'hidden',
    );
    // and nothing of the card reaches past its edges
    const box = card.getBoundingClientRect();
    const outside = [...card.querySelectorAll<HTMLElement>('*')]
      .filter((el) => !el.closest('.ct-sr-only'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
      });
    await expect(outside.map((el) => `${el.className}: ${el.textContent}`)).toEqual([]);
    await expect(clipped.map((el) => el.className)).toEqual([]);
  },
};

/**
 * The error card on a phone reads as sentences: its message is never laid out one word per line,
 * and in Vietnamese it carries no English developer text or error code.
 */
export const InvalidInputOnAPhone: Story = {
  name: 'Invalid input on a phone (390 px)',
  globals: { viewport: { value: 'phone', isRotated: false } },
  args: { ...argsOf('exceeded'), actual: '1,800,000' },
  play: async ({ canvasElement, globals }) => {
    await expectPhoneWidth();
    await expectNoHorizontalOverflow();
    const card = canvasElement.querySelector<HTMLElement>('[role="alert"], .ct-error, [class*="error"]');
    await expect(card).not.toBeNull();
    if (!card) return;
    const text = card.textContent ?? '';
    const words = text.trim().split(/\s+/).length;
    const lineHeight = Number.parseFloat(getComputedStyle(card).lineHeight) || 20;
    const lines = Math.round(card.getBoundingClientRect().height / lineHeight);
    await expect(lines).toBeLessThan(Math.max(3, words / 2));
    if (globals['locale'] !== 'en') {
      await expect(text).not.toMatch(/\b(INVALID_[A-Z]+|Cannot|Expected|needs|parseNumber)\b/);
    }
  },
};
