import '@chitieu/elements';
import { localize, STATUSES } from '@chitieu/core';
import type {} from '@chitieu/elements/jsx';
import { CompletionBar, IndicatorCard, Scorecard, StatusBadge } from '@chitieu/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, waitFor } from 'storybook/test';
import { asLocale } from '../../src/globals';
import { thanhHoa2020, thanhHoaEvaluations } from '../../src/thanh-hoa/data';

/**
 * `@chitieu/elements` beside `@chitieu/react`: the same view layer (`@chitieu/core/view`) drawn
 * by custom elements for any page (plain HTML, Vue, Angular). The toolbar's locale and theme
 * reach the elements the way they reach a plain page: through the `lang` and `data-ct-theme` of
 * an ancestor (or a `<ct-provider locale theme>`). Each story checks that both bindings say the
 * same thing.
 */
const meta = {
  title: 'Elements/Side by side',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

function Pair(props: { readonly react: ReactNode; readonly element: ReactNode }): ReactNode {
  return (
    <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' }}>
      <figure style={{ margin: 0 }} data-binding="react">
        <figcaption>@chitieu/react</figcaption>
        {props.react}
      </figure>
      <figure style={{ margin: 0 }} data-binding="element">
        <figcaption>@chitieu/elements</figcaption>
        {props.element}
      </figure>
    </div>
  );
}

/** Text as read: whitespace collapsed (Lit's template indentation is not text a reader sees). */
const words = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The shadow root of the first element matching `selector` in the canvas. */
function shadowOf(canvas: HTMLElement, selector: string): ShadowRoot {
  const root = canvas.querySelector(selector)?.shadowRoot;
  if (root === null || root === undefined) throw new Error(`${selector} has no shadow root yet`);
  return root;
}

const revenue = thanhHoaEvaluations[0];

export const StatusBadges: Story = {
  render: () => (
    <Pair
      react={
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', listStyle: 'none', padding: 0 }}>
          {STATUSES.map((status) => (
            <li key={status}>
              <StatusBadge status={status} />
            </li>
          ))}
        </ul>
      }
      element={
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', listStyle: 'none', padding: 0 }}>
          {STATUSES.map((status) => (
            <li key={status}>
              <ct-status-badge status={status} />
            </li>
          ))}
        </ul>
      }
    />
  ),
  play: async ({ canvasElement }) => {
    const react = [...canvasElement.querySelectorAll('[data-binding="react"] .ct-status-badge__label')].map(
      (n) => n.textContent,
    );
    await waitFor(() => {
      const element = [...canvasElement.querySelectorAll('ct-status-badge')].map(
        (b) => b.shadowRoot?.querySelector('.ct-status-badge__label')?.textContent,
      );
      expect(element).toEqual(react);
    });
  },
};

export const CompletionBars: Story = {
  render: () => (
    <Pair react={<CompletionBar evaluation={revenue} />} element={<ct-completion-bar evaluation={revenue} />} />
  ),
  play: async ({ canvasElement }) => {
    const react = canvasElement.querySelector('[data-binding="react"] [role="meter"]');
    await waitFor(() => {
      const meter = shadowOf(canvasElement, 'ct-completion-bar').querySelector('[role="meter"]');
      expect(meter?.getAttribute('aria-valuetext')).toBe(react?.getAttribute('aria-valuetext'));
      expect(meter?.getAttribute('aria-valuenow')).toBe(react?.getAttribute('aria-valuenow'));
      expect(meter?.getAttribute('aria-label')).toBe(react?.getAttribute('aria-label'));
    });
  },
};

export const IndicatorCards: Story = {
  render: () => (
    <Pair react={<IndicatorCard evaluation={revenue} />} element={<ct-indicator-card evaluation={revenue} />} />
  ),
  play: async ({ canvasElement }) => {
    const react = canvasElement.querySelector('[data-binding="react"] article');
    await waitFor(() => {
      const card = shadowOf(canvasElement, 'ct-indicator-card').querySelector('article');
      for (const part of ['.ct-card__name', '.ct-card__actual', '.ct-card__facts']) {
        expect(words(card?.querySelector(part))).toBe(words(react?.querySelector(part)));
      }
    });
  },
};

export const Scorecards: Story = {
  // two tables of one dataset in a page: the element's caption says which, so the two scrolling
  // regions have different names (axe: landmark-unique)
  render: (_args, { globals }) => (
    <Pair
      react={<Scorecard dataset={thanhHoa2020} />}
      element={
        <ct-scorecard
          dataset={thanhHoa2020}
          caption={`${localize(thanhHoa2020.title, asLocale(globals['locale']))} (<ct-scorecard>)`}
        />
      }
    />
  ),
  play: async ({ canvasElement }) => {
    const react = canvasElement.querySelector('[data-binding="react"] table');
    await waitFor(() => {
      const table = shadowOf(canvasElement, 'ct-scorecard').querySelector('table');
      const text = (t: Element | null | undefined, selector: string) =>
        [...(t?.querySelectorAll(selector) ?? [])].map((n) => words(n));
      expect(text(table, 'thead th')).toEqual(text(react, 'thead th'));
      // cell by cell (the templates' line breaks between cells are not text)
      expect(text(table, 'tbody th, tbody td')).toEqual(text(react, 'tbody th, tbody td'));
      expect(table?.querySelectorAll('tbody tr').length).toBe(react?.querySelectorAll('tbody tr').length);
      expect(text(table, 'tfoot th, tfoot td')).toEqual(text(react, 'tfoot th, tfoot td'));
    });
  },
};
