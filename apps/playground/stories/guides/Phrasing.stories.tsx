import { evaluate } from '@chitieu/core';
import { ChitieuProvider, DeltaBadge, IndicatorCard, ReportSummary } from '@chitieu/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PhraseTable } from '../../src/docs/PhraseTable';
import { states, statesDataset } from '../../src/fixtures';
import { LocaleSwitcher } from '../../src/LocaleSwitcher';

/** The same data in Vietnamese and English: numbers, units, scale words, statuses and sentences. */
const meta = {
  title: 'Guides/Phrasing vi-en',
  id: 'guides-phrasing',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const { indicator, observation } = states.estimated;

export const SideBySide: Story = {
  name: 'Side by side',
  render: () => (
    <div className="pg-columns">
      {(['vi', 'en'] as const).map((locale) => (
        <section key={locale} lang={locale} aria-label={locale === 'vi' ? 'Tiếng Việt' : 'English'}>
          <ChitieuProvider locale={locale}>
            <div className="pg-stack">
              <IndicatorCard indicator={indicator} observation={observation} headingLevel={2} />
              <p>
                <DeltaBadge evaluation={evaluate(states.lowerIsBetter.observation, states.lowerIsBetter.indicator)} />
              </p>
              <ReportSummary dataset={statesDataset()} />
            </div>
          </ChitieuProvider>
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const [vi, en] = within(canvasElement).getAllByRole('region');
    await expect(vi).toHaveTextContent('3.630 tỷ đồng');
    await expect(en).toHaveTextContent('3,630 billion VND');
  },
};

export const SwitchingLocale: Story = {
  name: 'Switching locale (interaction)',
  render: () => (
    <LocaleSwitcher initial="vi">
      <div style={{ maxWidth: '26rem' }}>
        <IndicatorCard indicator={indicator} observation={observation} />
      </div>
    </LocaleSwitcher>
  ),
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const card = canvas.getByRole('article');
    await expect(card).toHaveTextContent('3.630 tỷ đồng');
    await expect(card).toHaveTextContent('100,6%');
    await step('switch to English', async () => {
      await userEvent.click(canvas.getByRole('radio', { name: 'English' }));
      await waitFor(() => expect(card).toHaveTextContent('3,630 billion VND'));
      await expect(card).toHaveTextContent('100.6%');
      await expect(card).toHaveTextContent('Exceeded');
    });
    await step('and back to Vietnamese', async () => {
      await userEvent.click(canvas.getByRole('radio', { name: 'Tiếng Việt' }));
      await waitFor(() => expect(card).toHaveTextContent('Vượt kế hoạch'));
    });
  },
};

export const NumbersAndWords: Story = {
  name: 'Numbers and words',
  render: () => <PhraseTable />,
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    await expect(table).toHaveTextContent('3.630 tỷ đồng');
    await expect(table).toHaveTextContent('3,630 billion VND');
    await expect(table).toHaveTextContent('99,99%');
  },
};
