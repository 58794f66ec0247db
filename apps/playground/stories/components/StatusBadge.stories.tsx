import { STATUSES } from '@chitieu/core';
import { StatusBadge } from '@chitieu/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

/**
 * The status as an icon and a word, never by colour alone. Use it wherever a status appears
 * on its own (a list, a heading); cards and the scorecard already include it.
 */
const meta = {
  title: 'Components/StatusBadge',
  component: StatusBadge,
  argTypes: { status: { control: 'select', options: STATUSES } },
  args: { status: 'exceeded' },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Exceeded: Story = {};
export const Met: Story = { args: { status: 'met' } };
export const Near: Story = { args: { status: 'near' } };
export const Missed: Story = { args: { status: 'missed' } };
export const NoTarget: Story = { args: { status: 'no-target' } };
export const NoData: Story = { args: { status: 'no-data' } };

export const AllStatuses: Story = {
  render: (args) => (
    <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', listStyle: 'none', padding: 0 }}>
      {STATUSES.map((status) => (
        <li key={status}>
          <StatusBadge {...args} status={status} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement, globals }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(items).toHaveLength(6);
    const en = globals['locale'] === 'en';
    await expect(items[0]).toHaveTextContent(en ? 'Exceeded' : 'Vượt kế hoạch');
    await expect(items[5]).toHaveTextContent(en ? 'No data' : 'Chưa có số liệu');
  },
};
