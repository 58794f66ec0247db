import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { expectNoHorizontalOverflow, expectPhoneWidth } from '../src/testing/layout';
import { NEVER_SAID, SEED_FIGURES, SUMMARY_LEAD } from '../src/testing/seed-figures';
import { ThanhHoaDashboard } from '../src/thanh-hoa/Dashboard';
import { thanhHoaEvaluations } from '../src/thanh-hoa/data';
import { StatedVsDerived } from '../src/thanh-hoa/StatedVsDerived';

/**
 * The real 2020 year-end review of Thanh Hóa's Department of Information and Communications
 * ("Tổng kết công tác Thông tin và Truyền thông năm 2020"), from the dataset file
 * `data/thanh-hoa-2020.json`. The report is the ground truth: every figure it states appears,
 * with its words.
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
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const lang = en(globals) ? 'en' : 'vi';
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Thanh Hóa');
    await expect(canvas.getAllByRole('article')).toHaveLength(4);
    await expect(canvas.getByText(/^(Nguồn|Source): /).textContent).not.toMatch(/^Source: .*(hội nghị|bài của)/);
    await expect(
      canvas.getByRole('table', { name: en(globals) ? /2020 year-end review/ : /tổng kết năm 2020/ }),
    ).toBeInTheDocument();
    await step('the source line names the public report, not a file of the repository', async () => {
      const source = canvas.getByText(/^(Nguồn|Source): /);
      await expect(source).toHaveTextContent('Tổng kết công tác Thông tin và Truyền thông năm 2020');
      await expect(source).toHaveTextContent('11-01-2021');
      await expect(source.textContent).not.toMatch(/shared\/|seed|\.txt|\.json/);
    });
    const summary = canvas.getByRole('region', { name: en(globals) ? 'In words' : 'Tóm tắt bằng lời' });
    await step('the summary counts planned indicators apart from those with no plan stated', async () => {
      for (const words of SUMMARY_LEAD[lang]) await expect(summary).toHaveTextContent(words);
      await expect(summary.textContent).not.toMatch(/4\/14|4 of 14/);
    });
    for (const figure of SEED_FIGURES) {
      await step(`the summary states “${figure.report}”`, async () => {
        await expect(summary).toHaveTextContent(figure[lang]);
      });
    }
    await step('no reworded or invented phrase anywhere on the dashboard', async () => {
      for (const words of NEVER_SAID[lang]) await expect(canvasElement.textContent).not.toContain(words);
    });
  },
};

/**
 * A plan the report never states looks derived, never like a fact: on every headline card and in
 * the scorecard the implied plan is marked `≈`, with the interval its printed source allows
 * (`100,6%` → 3.606,55 – 3.610,15 tỷ đồng) in its title and its accessible text.
 */
export const DerivedPlansLookDerived: Story = {
  name: 'Dashboard: derived plans are marked ≈ with their interval',
  render: () => <ThanhHoaDashboard />,
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    await step('each headline card marks its plan as derived', async () => {
      for (const card of canvas.getAllByRole('article')) {
        const derived = card.querySelector<HTMLElement>('[data-derived]');
        await expect(derived, card.querySelector('h3')?.textContent ?? '').not.toBeNull();
        await expect(derived?.textContent).toMatch(/^≈/);
        await expect(derived?.getAttribute('title')).toMatch(/\d.* – .*\d/);
        await expect(derived?.querySelector('.ct-sr-only')?.textContent).toMatch(/≈ .* – /);
      }
    });
    await step('the scorecard marks the same four plans, and only those', async () => {
      const table = canvas.getByRole('table', { name: en(globals) ? /2020 year-end review/ : /tổng kết năm 2020/ });
      await expect(table.querySelectorAll('[data-derived]')).toHaveLength(4);
      // revenue's derived plan, never printed as a stated 3.608
      const revenue = within(table).getByRole('row', {
        name: en(globals) ? /Total sector revenue/ : /Tổng doanh thu toàn ngành/,
      });
      await expect(revenue.querySelector('[data-derived]')?.textContent).toMatch(/^≈/);
    });
  },
};

/**
 * Statuses read apart without colour: `Vượt` and `Đạt` differ in word, icon and colour; an
 * indicator without a stated plan is neutral (not the colour of a miss), and the summary counts
 * it apart.
 */
export const StatusesReadApart: Story = {
  name: 'Dashboard: Vượt vs Đạt, and no plan is neutral',
  render: () => <ThanhHoaDashboard />,
  play: async ({ canvasElement }) => {
    const badge = (status: string): HTMLElement | null =>
      canvasElement.querySelector<HTMLElement>(`.ct-status-badge--${status}`);
    const exceeded = badge('exceeded');
    const met = badge('met');
    const noTarget = badge('no-target');
    await expect(exceeded && met && noTarget).toBeTruthy();
    if (!exceeded || !met || !noTarget) return;
    await expect(exceeded.textContent).not.toBe(met.textContent);
    await expect(exceeded.querySelector('svg')?.dataset['icon']).not.toBe(met.querySelector('svg')?.dataset['icon']);
    await expect(getComputedStyle(exceeded).backgroundColor).not.toBe(getComputedStyle(met).backgroundColor);
    // neutral: the no-plan badge never wears the colours of a miss (tokens read where it sits)
    const tokens = getComputedStyle(noTarget);
    const paint = (property: 'backgroundColor' | 'color', value: string): string => {
      const el = document.createElement('span');
      el.style[property] = value;
      noTarget.parentElement?.append(el);
      const color = getComputedStyle(el)[property];
      el.remove();
      return color;
    };
    await expect(tokens.backgroundColor).not.toBe(
      paint('backgroundColor', tokens.getPropertyValue('--ct-missed-bg').trim()),
    );
    await expect(tokens.color).not.toBe(paint('color', tokens.getPropertyValue('--ct-missed-fg').trim()));
    await expect(tokens.backgroundColor).not.toBe(getComputedStyle(exceeded).backgroundColor);
  },
};

/** A scorecard whose inner scroll hides rows says so (`Còn N dòng bên dưới`). */
export const ScorecardScrollCue: Story = {
  name: 'Dashboard: the scorecard says when rows are hidden below',
  render: () => <ThanhHoaDashboard scorecardHeight={320} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(en(globals) ? /^\d+ more rows below$/ : /^Còn \d+ dòng bên dưới$/),
    ).toBeVisible();
  },
};

/**
 * The figures the report states without an actual value or a plan — a multiple, a ratio to the
 * same period, a rank — appear in the scorecard too, in the change column and in the report's
 * words (the view layer's scorecard row: @chitieu/react and @chitieu/elements show the same).
 * At desktop width (1280 px), every card's figures stay inside their card.
 */
export const ScorecardStatesEveryFigure: Story = {
  name: 'Dashboard: the scorecard shows stated figures',
  globals: { viewport: { value: 'desktop', isRotated: false } },
  render: () => <ThanhHoaDashboard />,
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    await step('at 1280 px every card’s figures stay inside the card (1.800.000 thuê bao, ước)', async () => {
      await expect(window.innerWidth).toBe(1280);
      for (const card of canvas.getAllByRole('article')) {
        const box = card.getBoundingClientRect();
        const outside = [...card.querySelectorAll<HTMLElement>('*')]
          .filter((el) => !el.closest('.ct-sr-only'))
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
          })
          .map((el) => `${el.className}: ${el.textContent}`);
        await expect(outside).toEqual([]);
      }
    });
    const table = canvas.getByRole('table', { name: en(globals) ? /2020 year-end review/ : /tổng kết năm 2020/ });
    for (const words of en(globals)
      ? ['51 times the 2019 level', '100% of the level of the same period last year', 'ranked 3rd nationwide']
      : ['tăng 51 lần so với năm 2019', 'bằng 100% so với cùng kỳ', 'đứng thứ 3 toàn quốc']) {
      await expect(table).toHaveTextContent(words);
    }
  },
};

/** The dashboard on a 390 px phone: cards reflow, tables go narrow, nothing is cut off. */
export const DashboardPhone: Story = {
  name: 'Dashboard on a phone (390 px)',
  globals: { viewport: { value: 'phone', isRotated: false } },
  render: () => <ThanhHoaDashboard />,
  play: async () => {
    await expectPhoneWidth();
    await expectNoHorizontalOverflow();
  },
};

export const DashboardTablet: Story = {
  name: 'Dashboard on a tablet (768 px)',
  globals: { viewport: { value: 'tablet', isRotated: false } },
  render: () => <ThanhHoaDashboard />,
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
    // the report's own words: the unit of the phone density and the verb of the multiple
    await expect(table).toHaveTextContent(en(globals) ? '80.00 phones per 100 inhabitants' : '80,00 máy/100 dân');
    await expect(table).toHaveTextContent(en(globals) ? '51 times the 2019 level' : 'tăng 51 lần so với năm 2019');
    await expect(table.textContent).not.toMatch(/Gấp 51/);
    await expect(
      canvas.getByRole('heading', { name: en(globals) ? 'Cross-check findings' : 'Phát hiện khi đối chiếu' }),
    ).toBeInTheDocument();
  },
};

/** The cross-check on a phone: the table becomes stacked rows, each cell labelled. */
export const StatedVersusDerivedPhone: Story = {
  name: 'Stated vs derived on a phone (390 px)',
  globals: { viewport: { value: 'phone', isRotated: false } },
  render: () => <StatedVsDerived evaluations={thanhHoaEvaluations} />,
  play: async ({ canvasElement }) => {
    await expectPhoneWidth();
    await expectNoHorizontalOverflow();
    // a number and its unit never part: the figure is one unbreakable run
    const cell = [...canvasElement.querySelectorAll('td')].find((td) => /3[.,]608/.test(td.textContent ?? ''));
    await expect(cell?.textContent).toMatch(/3[.,]608[.,]35\u00a0(tỷ\u00a0đồng|billion\u00a0VND)/);
    // the caption spans the stacked table (not one word a line in a shrunken table-caption box)
    const caption = canvasElement.querySelector('caption');
    const table = caption?.closest('table');
    await expect(caption?.getBoundingClientRect().width).toBeGreaterThan(
      (table?.getBoundingClientRect().width ?? 0) * 0.9,
    );
  },
};
