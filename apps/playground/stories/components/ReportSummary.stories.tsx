import { ReportSummary } from '@chitieu/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { EMPTY_DATASET, statesDataset } from '../../src/fixtures';
import { thanhHoa2020WithPlans } from '../../src/thanh-hoa/data';

/**
 * The report in sentences, as a department would write it: a paragraph for the whole and,
 * with `detail`, one sentence per indicator (“Tổng doanh thu toàn ngành ước đạt 3.630 tỷ
 * đồng, đạt 100,6% kế hoạch…”). Use it above a scorecard, or alone in an email or a print.
 */
const meta = {
  title: 'Components/ReportSummary',
  component: ReportSummary,
  argTypes: { dataset: { control: false }, evaluations: { control: false }, summary: { control: false } },
  args: { dataset: thanhHoa2020WithPlans, detail: true },
} satisfies Meta<typeof ReportSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ThanhHoa2020: Story = {
  name: 'Thanh Hóa 2020',
  play: async ({ canvasElement, globals }) => {
    const text = canvasElement.textContent ?? '';
    await expect(text).toContain(globals['locale'] === 'en' ? '3,630' : '3.630');
  },
};
export const EveryState: Story = { args: { dataset: statesDataset() } };
export const ParagraphOnly: Story = { args: { detail: false } };
export const Empty: Story = { args: { dataset: EMPTY_DATASET } };
