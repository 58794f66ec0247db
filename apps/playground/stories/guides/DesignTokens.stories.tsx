import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { DesignTokens } from '../../src/docs/DesignTokens';

/** The design tokens of @chitieu/react, read live from its stylesheet. */
const meta = {
  title: 'Guides/Design tokens',
  component: DesignTokens,
  tags: ['!autodocs'],
} satisfies Meta<typeof DesignTokens>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Every colour pair meets WCAG 2.2 AA in both themes (4.5:1 for text, 3:1 for graphics), computed
 * from the stylesheet the components ship — a colour change that breaks contrast fails here.
 */
export const Tokens: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getByTestId('design-tokens').querySelectorAll('td[data-ratio]').length).toBeGreaterThan(0),
    );
    const cells = [...canvasElement.querySelectorAll<HTMLElement>('td[data-ratio]')];
    // 16 pairs × 2 themes, every one measured
    await expect(cells).toHaveLength(32);
    const failing = cells
      .filter((cell) => Number(cell.dataset['ratio']) < Number(cell.dataset['min']))
      .map(
        (cell) =>
          `${cell.closest('tr')?.querySelector('th')?.textContent} (${cell.dataset['label']}): ${cell.dataset['ratio']}`,
      );
    await expect(failing).toEqual([]);
    // every custom property a consumer can set is listed, with its value in both themes
    const properties = canvas.getByRole('table', { name: /CSS/ });
    await expect(properties).toHaveTextContent('--ct-surface');
    await expect(properties).toHaveTextContent('--ct-font-size-small');
  },
};
