import { change, type Direction, defineIndicator } from '@chitieu/core';
import { DeltaBadge } from '@chitieu/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, within } from 'storybook/test';
import { ComponentDocsPage } from '../../src/docs/ComponentDocsPage';

interface DeltaArgs {
  readonly actual: string;
  readonly previous: string;
  readonly unit: 'VND' | 'percent' | 'subscriber' | 'dossier';
  readonly direction: Direction;
  readonly scale: number;
}

/**
 * Change against the comparison base (the same period last year unless said otherwise): a
 * rate (“tăng 3,2%”), percentage points for rates (“+16,35 điểm phần trăm”), or a multiple from
 * 2× on (“gấp 51 lần”). Its colour follows the indicator's direction: a fall in poverty is good.
 */
const meta = {
  title: 'Components/DeltaBadge',
  // the docs page shows the component's own props table under the example's flat controls
  parameters: {
    docs: { page: () => <ComponentDocsPage component={DeltaBadge as ComponentType<never>} name="DeltaBadge" /> },
  },
  argTypes: {
    unit: { control: 'select', options: ['VND', 'percent', 'subscriber', 'dossier'] },
    direction: { control: 'inline-radio', options: ['higher-is-better', 'lower-is-better', 'neither'] },
    scale: { control: 'select', options: [0, 3, 6, 9] },
  },
  args: { actual: '3630', previous: '3400', unit: 'VND', direction: 'higher-is-better', scale: 9 },
  render: ({ actual, previous, unit, direction, scale }) => {
    const indicator = defineIndicator({
      id: 'x',
      name: 'x',
      unit,
      scale,
      direction,
      ...(direction === 'neither' ? { targetKind: 'band' as const } : {}),
      percentDecimals: 1,
    });
    let c: ReturnType<typeof change> | null = null;
    try {
      c = change(actual, previous, { percentUnit: unit === 'percent' });
    } catch {
      c = null;
    }
    return <DeltaBadge change={c} indicator={indicator} />;
  },
} satisfies Meta<DeltaArgs>;

export default meta;
type Story = StoryObj<DeltaArgs>;

export const Growth: Story = {
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByText(globals['locale'] === 'en' ? /up 6\.8%/ : /tăng 6,8%/),
    ).toBeInTheDocument();
  },
};
export const Decline: Story = { args: { actual: '3200', previous: '3400' } };
export const Unchanged: Story = { args: { actual: '7', previous: '7', unit: 'dossier', scale: 0 } };
export const Multiple: Story = {
  name: 'A multiple (gấp 51 lần)',
  args: { actual: '51000', previous: '1000', unit: 'dossier', scale: 0 },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByText(globals['locale'] === 'en' ? /51/ : /gấp 51 lần/)).toBeInTheDocument();
  },
};
export const PercentagePoints: Story = {
  name: 'A rate changes in percentage points',
  args: { actual: '56.35', previous: '40', unit: 'percent', scale: 0 },
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByText(globals['locale'] === 'en' ? /16\.35 percentage points/ : /16,35 điểm phần trăm/),
    ).toBeInTheDocument();
  },
};
export const LowerIsBetterFall: Story = {
  name: 'Lower is better: a fall is good',
  args: { actual: '2.1', previous: '2.6', unit: 'percent', scale: 0, direction: 'lower-is-better' },
};
export const NoComparison: Story = { args: { actual: '5', previous: '0', unit: 'dossier', scale: 0 } };
