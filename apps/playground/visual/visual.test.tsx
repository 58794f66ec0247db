/**
 * Visual regression: every component state, the Thanh Hóa dashboard and the data editor (its
 * monospace text box holds Vietnamese), each at a phone (390 px) and a desktop (1280 px) width,
 * in Vietnamese + light and English + dark — 36 screenshots compared with the baselines in
 * `visual/baselines/`. Deterministic: fixed viewport, fonts loaded, animations, transitions
 * and the caret off. Update the baselines after an intended change:
 *
 *   pnpm --filter @chitieu/playground test:visual -u
 */
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import preview from '../.storybook/preview';
import { VIEWPORTS, type ViewportName } from '../src/viewports';
import * as CompletionBar from '../stories/components/CompletionBar.stories';
import * as DeltaBadge from '../stories/components/DeltaBadge.stories';
import * as IndicatorCard from '../stories/components/IndicatorCard.stories';
import * as ReportSummary from '../stories/components/ReportSummary.stories';
import * as Scorecard from '../stories/components/Scorecard.stories';
import * as Sparkline from '../stories/components/Sparkline.stories';
import * as StatusBadge from '../stories/components/StatusBadge.stories';
import * as DataEditor from '../stories/DataEditor.stories';
import * as ThanhHoa from '../stories/ThanhHoa2020.stories';

setProjectAnnotations([preview]);

type StoryModule = Parameters<typeof composeStories>[0];

/** One screenshot: the named stories of a module side by side (a gallery of states), or one story. */
interface Shot {
  readonly name: string;
  readonly module: StoryModule;
  readonly stories: readonly string[];
}

const SHOTS: readonly Shot[] = [
  {
    name: 'indicator-card-states',
    module: IndicatorCard,
    stories: [
      'Exceeded',
      'Met',
      'Near',
      'Missed',
      'NoTarget',
      'NoData',
      'Estimated',
      'LowerIsBetter',
      'BandTarget',
      'HugeValues',
      'LongName',
      'Compact',
      'InvalidInput',
    ],
  },
  {
    name: 'completion-bar-states',
    module: CompletionBar,
    stories: [
      'Exceeded',
      'Met',
      'Near',
      'Missed',
      'NoTarget',
      'NoData',
      'LowerIsBetter',
      'BandTarget',
      'HugeValues',
      'Compact',
    ],
  },
  {
    name: 'delta-badge-states',
    module: DeltaBadge,
    stories: ['Growth', 'Decline', 'Unchanged', 'Multiple', 'PercentagePoints', 'LowerIsBetterFall', 'NoComparison'],
  },
  { name: 'status-badge-states', module: StatusBadge, stories: ['AllStatuses'] },
  { name: 'sparkline-states', module: Sparkline, stories: ['Quarterly', 'WithGaps', 'SinglePoint', 'Empty'] },
  { name: 'scorecard-every-state', module: Scorecard, stories: ['EveryState'] },
  { name: 'report-summary-every-state', module: ReportSummary, stories: ['EveryState'] },
  { name: 'thanh-hoa-dashboard', module: ThanhHoa, stories: ['Dashboard'] },
  { name: 'data-editor-vietnamese-csv', module: DataEditor, stories: ['VietnameseCsv'] },
];

const MODES = [
  { id: 'vi-light', globals: { locale: 'vi', theme: 'light' } },
  { id: 'en-dark', globals: { locale: 'en', theme: 'dark' } },
] as const;

const WIDTHS: readonly ViewportName[] = ['phone', 'desktop'];

/** No motion, no blinking caret, no scrollbars that come and go: a screenshot is the same every run. */
const FREEZE = `*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }
html { scrollbar-width: none; }`;

let root: Root | null = null;
let host: HTMLElement | null = null;

beforeAll(() => {
  // rendering inside act(): React waits for effects before the screenshot, and says nothing about it
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const style = document.createElement('style');
  style.textContent = FREEZE;
  document.head.append(style);
});

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
  host = null;
});

async function render(shot: Shot, globals: Record<string, string>): Promise<HTMLElement> {
  const composed = composeStories(shot.module, { initialGlobals: globals }) as Record<string, ComponentType>;
  host = document.createElement('div');
  host.dataset.testid = 'visual';
  host.style.cssText = 'display:grid;gap:16px;padding:16px;width:100%;box-sizing:border-box';
  document.body.style.margin = '0';
  document.body.append(host);
  root = createRoot(host);
  const stories = shot.stories.map((name) => {
    const Story = composed[name];
    if (!Story) throw new Error(`${shot.name}: no story ${name}`);
    return [name, Story] as const;
  });
  await act(async () => {
    root?.render(
      stories.map(([name, Story]) => (
        <section key={name} data-story={name}>
          <Story />
        </section>
      )),
    );
  });
  await document.fonts.ready;
  // two frames: layout after fonts, then the virtualised rows measured
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return host;
}

describe.each(WIDTHS)('at the %s width', (width) => {
  const { styles } = VIEWPORTS[width];
  beforeAll(async () => {
    await page.viewport(Number.parseInt(styles.width, 10), Number.parseInt(styles.height, 10));
  });
  describe.each(MODES)('$id', ({ id, globals }) => {
    test.each(SHOTS)('$name', async (shot) => {
      const element = await render(shot, globals);
      // the layout is the one of that width (not a scaled-down desktop)
      expect(window.innerWidth).toBe(Number.parseInt(styles.width, 10));
      // Chromium paints only what lies inside the viewport: a page taller than it would be blank
      // below the fold in the screenshot, so the viewport grows to the whole page (same width).
      const viewportWidth = Number.parseInt(styles.width, 10);
      const viewportHeight = Number.parseInt(styles.height, 10);
      const fullHeight = Math.ceil(element.getBoundingClientRect().height);
      if (fullHeight > viewportHeight) {
        await page.viewport(viewportWidth, fullHeight);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      try {
        expect(window.innerWidth).toBe(viewportWidth);
        await expect.element(page.elementLocator(element)).toMatchScreenshot(`${shot.name}--${width}--${id}`);
      } finally {
        await page.viewport(viewportWidth, viewportHeight);
      }
    });
  });
});
