import { type RefObject, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';

/** Rows the drawn window moves by: while scrolling within a step React commits nothing. */
export const WINDOW_STEP = 8;
/** Rows drawn beyond the visible ones on each side (before widening to whole steps). */
export const OVERSCAN = 2;

/** The rows a virtualised body draws, and the spacer heights around them. */
export interface RowWindow {
  /** First and last row drawn: the visible rows, {@link OVERSCAN} more each side, widened to whole {@link WINDOW_STEP}s. */
  readonly first: number;
  readonly last: number;
  /** Last row at least partly in view: the rows after it are "below". */
  readonly end: number;
  /** Heights (px) of the spacer rows above and below the drawn ones. */
  readonly padTop: number;
  readonly padBottom: number;
}

/**
 * The window of `count` rows of `rowHeight` px seen through a viewport of `size` px scrolled by
 * `offset` px — the range TanStack Virtual computes for equal rows (first row whose top is at or
 * above the offset, last row whose bottom reaches the viewport's bottom; the offset clamped to the
 * last full screen) — widened by {@link OVERSCAN} rows and to whole {@link WINDOW_STEP}s.
 * Constant time: rows are placed by their fixed height, nothing is measured per row. Null when
 * nothing is drawn (no rows, or a viewport of no height).
 */
export function rowWindow(count: number, rowHeight: number, offset: number, size: number): RowWindow | null {
  if (count <= 0 || size <= 0 || !(rowHeight > 0)) return null;
  const lastIndex = count - 1;
  const total = count * rowHeight;
  const at = Math.min(Math.max(0, offset), Math.max(total - size, 0));
  let start = Math.min(lastIndex, Math.floor(at / rowHeight));
  // the first row whose top is at or above the offset (exact also for fractional heights)
  while (start > 0 && start * rowHeight > at) start--;
  while (start < lastIndex && (start + 1) * rowHeight <= at) start++;
  const bottom = at + size;
  let end = Math.max(start, Math.min(lastIndex, Math.ceil(bottom / rowHeight) - 1));
  while (end > start && end * rowHeight >= bottom) end--;
  while (end < lastIndex && (end + 1) * rowHeight < bottom) end++;
  const first = Math.max(0, Math.floor((start - OVERSCAN) / WINDOW_STEP) * WINDOW_STEP);
  const last = Math.min(lastIndex, Math.ceil((end + OVERSCAN + 1) / WINDOW_STEP) * WINDOW_STEP - 1);
  return { first, last, end, padTop: first * rowHeight, padBottom: Math.max(0, total - (last + 1) * rowHeight) };
}

const sameWindow = (a: RowWindow | null, b: RowWindow | null): boolean =>
  a === b || (a !== null && b !== null && a.first === b.first && a.last === b.last && a.end === b.end);

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The window of a virtualised body of `count` equal rows in the scrolling element `scrollRef`.
 * Before the element is measured (server rendering, the first client render) the viewport is
 * `initialHeight` px high at offset 0, so hydration matches; then it follows the element's
 * `clientHeight` (read once when attached, then on resize) and `scrollTop` (a passive scroll
 * listener). The component re-renders only when the window changes — a scroll commits
 * synchronously (`flushSync`), so no frame shows a spacer where rows belong. Nothing is
 * computed per row: mounting 10,000 rows costs what mounting 100 does. `count` 0 detaches.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  initialHeight: number,
): RowWindow | null {
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const metrics = useRef({ offset: 0, size: initialHeight });
  const current = rowWindow(count, rowHeight, metrics.current.offset, metrics.current.size);
  // what the scroll and resize handlers compare against: the props and window of the last commit
  const committed = useRef({ count, rowHeight, window: current });
  const attached = useRef<{ element: HTMLElement; detach: () => void } | null>(null);

  useIsomorphicLayoutEffect(() => {
    committed.current = { count, rowHeight, window: current };
    const element = count > 0 ? scrollRef.current : null;
    if (element === (attached.current?.element ?? null)) return;
    attached.current?.detach();
    attached.current = null;
    if (element === null) return;
    const update = (sync: boolean): void => {
      const { count: n, rowHeight: h, window: shown } = committed.current;
      const next = rowWindow(n, h, metrics.current.offset, metrics.current.size);
      if (sameWindow(next, shown)) return;
      if (sync) flushSync(rerender);
      else rerender();
    };
    const onScroll = (): void => {
      metrics.current.offset = element.scrollTop;
      update(true);
    };
    const observer =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            metrics.current.size = element.clientHeight;
            update(false);
          })
        : null;
    metrics.current = { offset: element.scrollTop, size: element.clientHeight };
    element.addEventListener('scroll', onScroll, { passive: true });
    observer?.observe(element);
    attached.current = {
      element,
      detach: () => {
        element.removeEventListener('scroll', onScroll);
        observer?.disconnect();
      },
    };
    // measured in the commit (before paint): a viewport other than the initial one redraws now
    update(false);
  });
  useEffect(
    () => () => {
      attached.current?.detach();
      attached.current = null;
    },
    [],
  );
  return current;
}
