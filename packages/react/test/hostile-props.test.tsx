import { type Evaluation, summarize } from '@chitieu/core';
import fc from 'fast-check';
import { act, createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import {
  ChitieuProvider,
  CompletionBar,
  DeltaBadge,
  IndicatorCard,
  ReportSummary,
  Scorecard,
  Sparkline,
  StatusBadge,
} from '../src/index';
import { ev, obs, revenue, scorecardEvaluations } from './fixtures';
import { GARBAGE, garbageIn, hostileCases } from './hostile-cases';

/**
 * Property: whatever props a component gets — valid, missing, null, NaN, ±Infinity, wrong types,
 * empty or malformed objects, evaluations with `actual: "abc"` — it renders without throwing,
 * the host page around it stays, and no NaN / Infinity / undefined / "[object …]" / raw
 * JavaScript message reaches the DOM. Seeded and bounded, so the run is the same every time.
 */
const good: Evaluation = ev(obs.exceeded);
const list = scorecardEvaluations();

const text = fc.string({ maxLength: 12 }).filter((s) => !GARBAGE.test(s));
const hostile = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    0,
    -1,
    1e308,
    '',
    'abc',
    'vi_VN',
    'not a locale!!',
    {},
    [],
    [null],
    [{}],
    true,
    false,
    () => 1,
    { ...good, actual: 'abc' },
    { ...good, indicator: {} },
    { ...good, rule: undefined },
    { ...good, change: { absolute: 'abc' } },
    { ...good, status: 'great' },
    { total: 'x' },
  ),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double(),
  text,
  fc.dictionary(text, fc.oneof(text, fc.integer(), fc.constant(null)), { maxKeys: 3 }),
);

/** A prop: left out, a valid value, or a hostile one. */
const prop = (...valid: unknown[]) =>
  fc.oneof(fc.constant(undefined), valid.length > 0 ? fc.constantFrom(...valid) : fc.constant(undefined), hostile);

const locale = prop('vi-VN', 'en');
const history = [
  { period: '2019', actual: '3400', target: '3300' },
  { period: '2020', actual: '3630', target: '3608' },
];

// biome-ignore lint/suspicious/noExplicitAny: the props are hostile on purpose
type Props = Record<string, any>;
const components: readonly (readonly [string, (p: Props) => ReactElement, fc.Arbitrary<Props>])[] = [
  [
    'Scorecard',
    (p) => <Scorecard {...p} />,
    fc.record({
      evaluations: prop(list, [good]),
      dataset: prop(),
      summary: prop(summarize(list)),
      caption: prop('Kết quả', <b key="b">Kết quả</b>),
      height: prop(300),
      rowHeight: prop(30),
      virtualize: prop(true, false, 3),
      defaultExpanded: prop('all', 'none', 'groups'),
      defaultSorting: prop([{ id: 'completion', desc: true }], [{ id: 'nope' }]),
      locale,
      className: prop('mine'),
    }),
  ],
  [
    'IndicatorCard',
    (p) => <IndicatorCard {...p} />,
    fc.record({
      evaluation: prop(good),
      indicator: prop(revenue),
      observation: prop(obs.parent),
      size: prop('compact', 'regular'),
      history: prop(history),
      headingLevel: prop(2, 4, 9),
      locale,
    }),
  ],
  [
    'CompletionBar',
    (p) => <CompletionBar {...p} />,
    fc.record({
      evaluation: prop(good),
      indicator: prop(revenue),
      observation: prop(obs.parent),
      size: prop('compact'),
      label: prop('Tên'),
      locale,
    }),
  ],
  [
    'DeltaBadge',
    (p) => <DeltaBadge {...p} />,
    fc.record({
      evaluation: prop(good),
      change: prop(good.change),
      indicator: prop(good.indicator),
      display: prop('signed', 'phrase'),
      form: prop('times', 'points'),
      locale,
    }),
  ],
  [
    'StatusBadge',
    (p) => <StatusBadge {...(p as { status: 'met' })} />,
    fc.record({ status: prop('met', 'exceeded', 'no-target'), locale }),
  ],
  [
    'Sparkline',
    (p) => <Sparkline {...(p as { history: [] })} />,
    fc.record({
      history: prop(history, [{ period: '2020', actual: 'abc' }]),
      indicator: prop(revenue),
      width: prop(120),
      height: prop(28),
      label: prop('Diễn biến'),
      locale,
    }),
  ],
  [
    'ReportSummary',
    (p) => <ReportSummary {...p} />,
    fc.record({ evaluations: prop(list), dataset: prop(), summary: prop(summarize(list)), detail: prop(true), locale }),
  ],
];

/** Renders into a host section with a sibling; returns what a user would see. */
function renderInHost(element: ReactElement): { crashed: unknown[]; siblingStays: boolean; garbage: string[] } {
  const section = document.createElement('section');
  const sibling = document.createElement('p');
  sibling.textContent = 'Nội dung trang chủ';
  const mount = document.createElement('div');
  section.append(sibling, mount);
  document.body.append(section);
  const crashed: unknown[] = [];
  const root = createRoot(mount, { onUncaughtError: (error) => crashed.push(error) });
  try {
    act(() => root.render(element));
  } catch (error) {
    crashed.push(error);
  }
  const result = {
    crashed,
    siblingStays: sibling.isConnected && mount.childElementCount > 0,
    garbage: garbageIn(mount),
  };
  act(() => root.unmount());
  section.remove();
  return result;
}

describe('hostile props › property (fast-check, seeded)', () => {
  it.each(components)('%s › never throws, keeps the host page, shows no garbage', (_, render, props) => {
    fc.assert(
      fc.property(props, fc.constantFrom('light', 'system', 'neon'), (p, theme) => {
        const shown = renderInHost(createElement(ChitieuProvider, { theme: theme as 'light' }, render(p)));
        expect(shown.crashed).toEqual([]);
        expect(shown.siblingStays).toBe(true);
        expect(shown.garbage).toEqual([]);
      }),
      { seed: 20_261_130, numRuns: 40 },
    );
  });
});

describe('hostile props › the 27 cases of issue 10 in jsdom', () => {
  it.each(hostileCases())('%s', (_, element) => {
    const shown = renderInHost(element());
    expect(shown.crashed).toEqual([]);
    expect(shown.siblingStays).toBe(true);
    expect(shown.garbage).toEqual([]);
  });
});

describe('hostile props › the messages', () => {
  it('Vietnamese UI: names the prop in Vietnamese, e.g. width', () => {
    const mount = document.createElement('div');
    document.body.append(mount);
    const root = createRoot(mount);
    act(() => root.render(<Sparkline history={history} width={Number.NaN} />));
    expect(mount.querySelector('[role="alert"]')?.textContent).toBe(
      'Không hiển thị được: Thuộc tính "width" không hợp lệ: cần một số dương',
    );
    act(() => root.render(<Sparkline history={history} width={Number.NaN} locale="en" />));
    expect(mount.querySelector('[role="alert"]')?.textContent).toBe(
      'Cannot display: Invalid "width" prop: expected a positive number',
    );
    act(() => root.unmount());
    mount.remove();
  });

  it('an evaluation whose actual is "abc" names its place; the other rows of the Scorecard stay', () => {
    const mount = document.createElement('div');
    document.body.append(mount);
    const root = createRoot(mount);
    act(() =>
      root.render(
        <Scorecard evaluations={[...list, { ...good, actual: 'abc' } as Evaluation]} defaultExpanded="all" />,
      ),
    );
    const alert = mount.querySelector('tbody [role="alert"]');
    expect(alert?.textContent).toBe(
      `Không hiển thị được: Thuộc tính "evaluations" không hợp lệ: không phải là một số (tại [${list.length}].actual)`,
    );
    expect(mount.querySelectorAll('tbody tr[data-status]:not([data-status="error"])').length).toBe(list.length);
    act(() => root.unmount());
    mount.remove();
  });

  it('headingLevel={9} is clamped to <h6>; numbers out of range are clamped, never NaNpx', () => {
    const mount = document.createElement('div');
    document.body.append(mount);
    const root = createRoot(mount);
    act(() => root.render(<IndicatorCard evaluation={good} headingLevel={9 as 6} />));
    expect(mount.querySelector('h6')).not.toBeNull();
    act(() => root.render(<Sparkline history={history} width={1e9} />));
    expect(mount.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 4096 24');
    act(() => root.render(<Scorecard evaluations={list} height={5} />));
    expect(mount.querySelector<HTMLElement>('.ct-scorecard')?.style.getPropertyValue('--ct-scorecard-height')).toBe(
      '120px',
    );
    act(() => root.unmount());
    mount.remove();
  });
});
