import { CompletionBar } from '@chitieu/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, within } from 'storybook/test';
import { ComponentDocsPage } from '../../src/docs/ComponentDocsPage';
import { argsOf, fromArgs, type ObservationArgs, observationArgTypes } from '../../src/story-args';

interface BarArgs extends ObservationArgs {
  readonly size: 'regular' | 'compact';
}

/**
 * A bullet bar (IBCS): the actual as a solid bar, the plan as a marker, the previous value in
 * grey, over qualitative bands. It is a `meter` with the numbers in words for screen readers.
 */
const meta = {
  title: 'Components/CompletionBar',
  // the docs page shows the component's own props table under the example's flat controls
  parameters: {
    docs: { page: () => <ComponentDocsPage component={CompletionBar as ComponentType<never>} name="CompletionBar" /> },
  },
  argTypes: { ...observationArgTypes, size: { control: 'inline-radio', options: ['regular', 'compact'] } },
  args: { ...argsOf('exceeded'), size: 'regular' },
  render: ({ size, ...args }) => {
    const { indicator, observation } = fromArgs(args);
    return (
      <div style={{ maxWidth: '28rem' }}>
        <CompletionBar indicator={indicator} observation={observation} size={size} />
      </div>
    );
  },
} satisfies Meta<BarArgs>;

export default meta;
type Story = StoryObj<BarArgs>;

export const Exceeded: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('meter')).toBeInTheDocument();
  },
};
export const Met: Story = { args: argsOf('met') };
export const Near: Story = { args: argsOf('near') };
export const Missed: Story = { args: argsOf('missed') };
export const NoTarget: Story = { args: argsOf('noTarget') };
export const NoData: Story = { args: argsOf('noData') };
export const LowerIsBetter: Story = { args: argsOf('lowerIsBetter') };
export const BandTarget: Story = { args: argsOf('band') };
export const HugeValues: Story = { args: argsOf('hugeValues') };
export const Compact: Story = { args: { ...argsOf('near'), size: 'compact' } };
