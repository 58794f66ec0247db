import { type Range, Virtualizer } from '@tanstack/react-virtual';
import { act, fireEvent, render } from '@testing-library/react';
import fc from 'fast-check';
import { StrictMode } from 'react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { manyEvaluations } from '../../test/fixtures';
import { OVERSCAN, rowWindow, WINDOW_STEP } from './row-window';
import { Scorecard } from './scorecard';

/**
 * The Scorecard's window was TanStack Virtual's (fixed row heights, overscan 2, widened to steps
 * of 8 rows by a range extractor); it is now computed in constant time without measuring every
 * row. For any row count, height, viewport and scroll offset it must draw the same rows with the
 * same spacers, and count the same rows "below".
 */
function tanstackWindow(count: number, rowHeight: number, offset: number, size: number) {
  const rangeExtractor = (range: Range): number[] => {
    const start = Math.max(0, Math.floor((range.startIndex - range.overscan) / WINDOW_STEP) * WINDOW_STEP);
    const end = Math.min(
      range.count - 1,
      Math.ceil((range.endIndex + range.overscan + 1) / WINDOW_STEP) * WINDOW_STEP - 1,
    );
    const out: number[] = [];
    for (let i = start; i <= end; i++) out.push(i);
    return out;
  };
  const virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
    count,
    getScrollElement: () => null,
    estimateSize: () => rowHeight,
    scrollToFn: () => undefined,
    observeElementRect: () => undefined,
    observeElementOffset: () => undefined,
    initialRect: { width: 0, height: size },
    initialOffset: offset,
    overscan: OVERSCAN,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  const range = virtualizer.range;
  if (items.length === 0 || range === null) return null;
  const first = items[0] as { index: number; start: number };
  const last = items[items.length - 1] as { index: number; end: number };
  return {
    first: first.index,
    last: last.index,
    end: range.endIndex,
    padTop: first.start,
    padBottom: Math.max(0, virtualizer.getTotalSize() - last.end),
  };
}

describe('rowWindow', () => {
  it("draws TanStack Virtual's rows and spacers for any count, row height, viewport and offset", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        // heights exact in binary: TanStack adds heights one by one, we multiply; with a height
        // like 33.3 the two differ in the last bit, and a row 10^-13 px into view may count or not
        fc.oneof(fc.integer({ min: 16, max: 400 }), fc.constantFrom(36, 28.5, 33.25, 17.75)),
        fc.integer({ min: 0, max: 2_000 }),
        fc.oneof(fc.integer({ min: 0, max: 800_000 }), fc.constant(0)),
        (count, rowHeight, size, offset) => {
          const ours = rowWindow(count, rowHeight, offset, size);
          const theirs = tanstackWindow(count, rowHeight, offset, size);
          if (ours === null || theirs === null) {
            expect(ours).toBe(theirs);
            return;
          }
          expect([ours.first, ours.last, ours.end]).toEqual([theirs.first, theirs.last, theirs.end]);
          // TanStack adds the heights up one by one, we multiply: equal to far below a pixel
          expect(ours.padTop).toBeCloseTo(theirs.padTop, 6);
          expect(ours.padBottom).toBeCloseTo(theirs.padBottom, 6);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('edges: offsets on row boundaries, past the end, and a viewport taller than the rows', () => {
    for (const [count, offset, size] of [
      [10_000, 36 * 100, 600],
      [10_000, 36 * 100 - 1, 600],
      [10_000, 36 * 10_000, 600],
      [10_000, 36 * 10_000 - 600, 600],
      [5, 0, 600],
      [1, 0, 600],
      [1, 50, 10],
    ] as const) {
      expect(rowWindow(count, 36, offset, size)).toEqual(tanstackWindow(count, 36, offset, size));
    }
    expect(rowWindow(0, 36, 0, 600)).toBeNull();
    expect(rowWindow(100, 36, 0, 0)).toBeNull();
    expect(rowWindow(100, Number.NaN, 0, 600)).toBeNull();
  });
});

describe('Scorecard › the virtualised window follows the scroll', () => {
  it('scrolling draws the rows in view, keeps the spacers and counts the rows below (jsdom)', () => {
    // jsdom has no layout: the viewport's height is what a browser would report
    const restore = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 400 });
    onTestFinished(() => {
      if (restore) Object.defineProperty(HTMLElement.prototype, 'clientHeight', restore);
    });
    const { container } = render(
      <Scorecard evaluations={manyEvaluations(10_000)} height={400} defaultExpanded="all" rowHeight={40} />,
    );
    const indexes = (): number[] =>
      [...container.querySelectorAll('tbody tr[data-row]')].map((tr) => Number(tr.getAttribute('aria-rowindex')));
    const more = (): string => container.querySelector('.ct-scorecard__more')?.textContent ?? '';
    const expected = (offset: number) => rowWindow(10_005, 40, offset, 400);
    const check = (offset: number): void => {
      const w = expected(offset);
      if (w === null) throw new Error('no window');
      const shown = indexes();
      expect(shown[0]).toBe(w.first + 2);
      expect(shown[shown.length - 1]).toBe(w.last + 2);
      expect(shown).toHaveLength(w.last - w.first + 1);
      const pads = [...container.querySelectorAll<HTMLElement>('.ct-scorecard__pad td')].map((td) => td.style.height);
      expect(pads).toEqual([
        ...(w.padTop > 0 ? [`${w.padTop}px`] : []),
        ...(w.padBottom > 0 ? [`${w.padBottom}px`] : []),
      ]);
      const below = 10_005 - 1 - w.end;
      expect(more().replace(/\D/g, '')).toBe(below === 0 ? '' : String(below));
    };
    check(0);
    const scroller = container.querySelector('.ct-scorecard__scroll') as HTMLElement;
    for (const offset of [40 * 1_000 + 7, 40 * 5_000, 40 * 10_005 - 400, 123]) {
      act(() => {
        scroller.scrollTop = offset;
        fireEvent.scroll(scroller);
      });
      check(offset);
    }
  });

  it('under StrictMode (effects run twice) the window still follows the scroll, and a collapse shortens it', () => {
    const restore = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 400 });
    onTestFinished(() => {
      if (restore) Object.defineProperty(HTMLElement.prototype, 'clientHeight', restore);
    });
    const { container } = render(
      <StrictMode>
        <Scorecard evaluations={manyEvaluations(1_000)} height={400} defaultExpanded="all" rowHeight={40} />
      </StrictMode>,
    );
    const table = container.querySelector('table') as HTMLElement;
    const firstIndex = (): number =>
      Number(container.querySelector('tbody tr[data-row]')?.getAttribute('aria-rowindex'));
    expect(firstIndex()).toBe(2);
    const scroller = container.querySelector('.ct-scorecard__scroll') as HTMLElement;
    act(() => {
      scroller.scrollTop = 40 * 500;
      fireEvent.scroll(scroller);
    });
    expect(firstIndex()).toBe((rowWindow(1_005, 40, 40 * 500, 400)?.first ?? -1) + 2);
    // collapsing the first sector (200 rows) shortens the table: 805 rows, the window recomputed
    act(() => {
      scroller.scrollTop = 0;
      fireEvent.scroll(scroller);
    });
    const sector = container.querySelector('th[scope="rowgroup"] button') as HTMLButtonElement;
    act(() => sector.click());
    expect(table.getAttribute('aria-rowcount')).toBe(String(805 + 2));
    expect(container.querySelector('.ct-scorecard__more')?.textContent?.replace(/\D/g, '')).toBe(
      String(805 - 1 - (rowWindow(805, 40, 0, 400)?.end ?? 0)),
    );
  });
});
