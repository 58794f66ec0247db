import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ThanhHoaDashboard } from '../src/thanh-hoa/Dashboard';
import { thanhHoaEvaluations } from '../src/thanh-hoa/data';
import { StatedVsDerived } from '../src/thanh-hoa/StatedVsDerived';

/**
 * The real 2020 year-end review of Thanh Hóa's Department of Information and Communications
 * (`shared/seed/thanh-hoa-ict-2020.vi.txt`), from the dataset file `data/thanh-hoa-2020.json`.
 */
const meta = {
  title: 'Thanh Hóa 2020',
  id: 'thanh-hoa-2020',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const en = (globals: Record<string, unknown>): boolean => globals['locale'] === 'en';

export const Dashboard: Story = {
  render: () => <ThanhHoaDashboard />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Thanh Hóa');
    await expect(canvas.getAllByRole('article')).toHaveLength(4);
    await expect(
      canvas.getByRole('table', { name: en(globals) ? /2020 year-end review/ : /tổng kết năm 2020/ }),
    ).toBeInTheDocument();
    await expect(canvasElement).toHaveTextContent(en(globals) ? '3,608.35 billion VND' : '3.608,35 tỷ đồng');
  },
};

export const StatedVersusDerived: Story = {
  name: 'Stated vs derived',
  render: () => <StatedVsDerived evaluations={thanhHoaEvaluations} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table');
    await expect(table).toHaveTextContent(en(globals) ? '3,608.35 billion VND' : '3.608,35 tỷ đồng');
    await expect(table).toHaveTextContent(en(globals) ? '3,614,458' : '3.614.458');
    await expect(table).toHaveTextContent(en(globals) ? '+3.17%' : '+3,17%');
    await expect(
      canvas.getByRole('heading', { name: en(globals) ? 'Cross-check findings' : 'Phát hiện khi đối chiếu' }),
    ).toBeInTheDocument();
  },
};
