import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { WorkerEvaluation } from '../../src/engine/WorkerEvaluation';

/**
 * The exact engine off the main thread: a Web Worker generates a ministry's year (151,200
 * observations), validates it, evaluates it in chunks with `evaluateDatasetInChunks` and posts
 * progress; the page shows a progress bar and a live status and stays responsive.
 */
const meta = {
  title: 'Engine/Web Worker',
  id: 'engine-web-worker',
  component: WorkerEvaluation,
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof WorkerEvaluation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole year, 151,200 observations: press the button. */
export const MinistryYear: Story = {
  name: "A ministry's year (151,200 observations)",
  args: { initialCount: 151_200 },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const en = globals['locale'] === 'en';
    await expect(
      canvas.getByRole('progressbar', { name: en ? 'Evaluation progress' : 'Tiến độ đánh giá' }),
    ).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(en ? 'Not run yet.' : 'Chưa chạy.');
    await expect(canvas.getByRole('combobox')).toHaveValue('151200');
  },
};

/** A smaller run the story test completes: 10,000 observations, chunks of 1,000, progress to 100 %. */
export const TenThousand: Story = {
  name: '10,000 observations, evaluated',
  args: { initialCount: 10_000, chunkSize: 1000 },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const en = globals['locale'] === 'en';
    await userEvent.click(
      canvas.getByRole('button', { name: en ? 'Evaluate in a Web Worker' : 'Đánh giá trong Web Worker' }),
    );
    await waitFor(
      () =>
        expect(canvas.getByRole('status')).toHaveTextContent(
          en ? 'Done: 10,000 observations.' : 'Xong: 10.000 quan sát.',
        ),
      { timeout: 60_000 },
    );
    const bar = canvas.getByRole('progressbar');
    await expect(bar).toHaveAttribute('value', '100');
    // every observation is counted once, in exactly one status
    const table = canvas.getByRole('table', { name: en ? 'Result' : 'Kết quả' });
    const counts = within(table)
      .getAllByRole('row')
      .slice(1, 7)
      .map((row) => Number((row.querySelector('td')?.textContent ?? '').replace(/[.,]/g, '')));
    await expect(counts.reduce((a, b) => a + b, 0)).toBe(10_000);
  },
};
