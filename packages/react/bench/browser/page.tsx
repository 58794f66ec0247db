import type { Evaluation } from '@chitieu/core';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { Scorecard } from '../../src/index';
import { manyEvaluations } from '../../test/fixtures';
import { PlainTable as Baseline } from '../plain-table';

/**
 * The benchmark page (bundled by bench/scorecard-chromium.ts, run in Chromium): mounts the
 * Scorecard or a plain table of the same rows with the same core formatting, scrolls either,
 * and sorts the Scorecard, timing each in the page.
 */
const locale = 'vi-VN';
function PlainTable({ evaluations }: { readonly evaluations: readonly Evaluation[] }): ReactElement {
  return (
    <div style={{ maxHeight: 600, overflow: 'auto' }} data-scroller="">
      <Baseline evaluations={evaluations} locale={locale} />
    </div>
  );
}

const data = new Map<number, Evaluation[]>();
const rowsOf = (count: number): Evaluation[] => {
  let rows = data.get(count);
  if (rows === undefined) {
    rows = manyEvaluations(count);
    data.set(count, rows);
  }
  return rows;
};

let current: { root: Root; container: HTMLElement } | null = null;
const host = document.getElementById('host') as HTMLElement;

function element(kind: 'scorecard' | 'plain', count: number): ReactElement {
  const evaluations = rowsOf(count);
  return kind === 'scorecard' ? (
    <Scorecard evaluations={evaluations} defaultExpanded="all" height={600} />
  ) : (
    <PlainTable evaluations={evaluations} />
  );
}

function unmount(): void {
  if (current === null) return;
  const { root, container } = current;
  flushSync(() => root.unmount());
  container.remove();
  current = null;
}

/** Mounts and returns the main-thread time of render, commit, effects and layout (ms). */
function mount(kind: 'scorecard' | 'plain', count: number): number {
  unmount();
  const el = element(kind, count); // data built before the clock starts
  const container = document.createElement('div');
  host.append(container);
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() => root.render(el));
  void container.offsetHeight; // style and layout of what was committed
  const ms = performance.now() - start;
  current = { root, container };
  return ms;
}

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Scrolls the mounted table by `step` px per frame for `frames` frames (down, then back up). */
async function scroll(frames: number, step: number): Promise<void> {
  const scroller = host.querySelector<HTMLElement>('.ct-scorecard__scroll, [data-scroller]');
  if (scroller === null) throw new Error('nothing to scroll');
  await frame();
  for (let i = 0; i < frames; i++) {
    scroller.scrollTop += i < frames / 2 ? step : -step;
    await frame();
  }
}

/** Clicks the "% kế hoạch" sort button; resolves with the time until React committed the new order (ms). */
function sort(): Promise<number> {
  const buttons = [...host.querySelectorAll<HTMLButtonElement>('th button')];
  const button = buttons.find((b) => b.textContent?.includes('% kế hoạch'));
  const header = button?.closest('th');
  if (button === undefined || header === null || header === undefined) throw new Error('no sort button');
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      void host.offsetHeight;
      resolve(performance.now() - start);
    });
    observer.observe(header, { attributes: true, attributeFilter: ['aria-sort'] });
    const start = performance.now();
    button.click();
  });
}

(window as unknown as { bench: unknown }).bench = {
  prepare: (count: number) => rowsOf(count).length,
  mount,
  unmount,
  scroll,
  sort,
  visibleRows: () => host.querySelectorAll('tbody tr[data-row]').length,
};
