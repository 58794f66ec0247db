import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { thanhHoaEvaluations } from '../src/thanh-hoa/data';
import { StatedVsDerived } from '../src/thanh-hoa/StatedVsDerived';

const meta = {
  title: 'Thanh Hóa 2020',
  id: 'thanh-hoa-2020',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const StatedVersusDerived: Story = {
  name: 'Stated vs derived',
  render: () => <StatedVsDerived evaluations={thanhHoaEvaluations} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const en = globals['locale'] === 'en';
    await expect(canvas.getByRole('table')).toHaveTextContent(en ? '3,608.35 billion VND' : '3.608,35 tỷ đồng');
    await expect(canvas.getByRole('table')).toHaveTextContent(en ? '3,614,458' : '3.614.458');
    await expect(canvas.getByRole('table')).toHaveTextContent('+3,17%'.replace(',', en ? '.' : ','));
    await expect(
      canvas.getByRole('heading', { name: en ? 'Cross-check findings' : 'Phát hiện khi đối chiếu' }),
    ).toBeInTheDocument();
  },
};
