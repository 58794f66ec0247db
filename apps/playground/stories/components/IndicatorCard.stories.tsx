import { IndicatorCard } from '@chitieu/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { revenueHistory } from '../../src/fixtures';
import { argsOf, fromArgs, type ObservationArgs, observationArgTypes } from '../../src/story-args';

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
export const InvalidInput: Story = {
  name: 'Invalid input shows, never throws',
  args: { ...argsOf('exceeded'), actual: '1,800,000' },
};
