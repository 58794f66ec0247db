import { Sparkline } from '@chitieu/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { indicators, revenueHistory } from '../../src/fixtures';

/** A small trend of actual (solid) against plan (dashed), described in words for screen readers. */
const meta = {
  title: 'Components/Sparkline',
  component: Sparkline,
  argTypes: {
    width: { control: { type: 'range', min: 60, max: 400 } },
    height: { control: { type: 'range', min: 16, max: 120 } },
  },
  args: { history: revenueHistory, indicator: indicators.revenue, width: 160, height: 40 },
} satisfies Meta<typeof Sparkline>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Quarterly: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toBeInTheDocument();
  },
};
export const WithGaps: Story = {
  args: { history: revenueHistory.map((p, i) => (i === 2 || i === 5 ? { ...p, actual: null } : p)) },
};
export const SinglePoint: Story = { args: { history: revenueHistory.slice(-1) } };
export const Empty: Story = { args: { history: [] } };
export const Large: Story = { args: { width: 360, height: 96 } };
