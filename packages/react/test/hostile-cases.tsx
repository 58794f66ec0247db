import type { Evaluation } from '@chitieu/core';
import type { ReactElement } from 'react';
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

/**
 * The hostile props of issue 10, one case each: the five that used to take the host page down
 * (invalid locale in the Scorecard, an evaluation whose actual is "abc", `summary={{}}`,
 * `defaultSorting="abc"`, `caption={{}}`), the ones that rendered garbage (`width={NaN}`,
 * `height={NaN}`, `indicator={{}}`, `headingLevel={9}`) and null/undefined/wrong types in every
 * component. Shared by the jsdom test and the Chromium test.
 */
// biome-ignore lint/suspicious/noExplicitAny: hostile props are deliberately outside the types
type Any = any;
const X = (value: unknown): Any => value;

export function hostileCases(): readonly (readonly [string, () => ReactElement])[] {
  const good: Evaluation = ev(obs.exceeded);
  const list = scorecardEvaluations();
  const abc = { ...good, actual: 'abc' } as Evaluation;
  return [
    ['Scorecard locale="not a locale!!"', () => <Scorecard evaluations={list} locale="not a locale!!" />],
    ['Scorecard evaluation with actual "abc"', () => <Scorecard evaluations={[...list, abc]} />],
    ['Scorecard summary={{}}', () => <Scorecard evaluations={list} summary={X({})} />],
    ['Scorecard defaultSorting="abc"', () => <Scorecard evaluations={list} defaultSorting={X('abc')} />],
    ['Scorecard caption={{}}', () => <Scorecard evaluations={list} caption={X({})} />],
    ['Scorecard height={NaN}', () => <Scorecard evaluations={list} height={Number.NaN} />],
    ['Scorecard rowHeight={Infinity}', () => <Scorecard evaluations={list} rowHeight={Number.POSITIVE_INFINITY} />],
    ['Scorecard evaluations={[null]}', () => <Scorecard evaluations={X([null])} />],
    ['Scorecard dataset={{ observations: "x" }}', () => <Scorecard dataset={X({ observations: 'x' })} />],
    ['Scorecard without data', () => <Scorecard />],
    ['Sparkline width={NaN}', () => <Sparkline history={[{ period: '2019', actual: '1' }]} width={Number.NaN} />],
    ['Sparkline height={-5}', () => <Sparkline history={[{ period: '2019', actual: '1' }]} height={-5} />],
    ['Sparkline history={null}', () => <Sparkline history={X(null)} />],
    ['Sparkline history={[{}]}', () => <Sparkline history={X([{}])} />],
    ['Sparkline history with actual "abc"', () => <Sparkline history={[{ period: '2020', actual: 'abc' }]} />],
    ['DeltaBadge indicator={{}}', () => <DeltaBadge indicator={X({})} change={good.change} />],
    [
      'DeltaBadge evaluation with change {absolute: "abc"}',
      () => <DeltaBadge evaluation={X({ ...good, change: { absolute: 'abc' } })} />,
    ],
    ['IndicatorCard headingLevel={9}', () => <IndicatorCard evaluation={good} headingLevel={X(9)} />],
    ['IndicatorCard without props', () => <IndicatorCard />],
    [
      'IndicatorCard observation with actual "abc"',
      () => <IndicatorCard indicator={revenue} observation={{ indicator: 'revenue', period: '2020', actual: 'abc' }} />,
    ],
    ['IndicatorCard locale={{}}', () => <IndicatorCard evaluation={good} locale={X({})} />],
    ['CompletionBar without props', () => <CompletionBar />],
    ['CompletionBar evaluation without rule', () => <CompletionBar evaluation={X({ ...good, rule: undefined })} />],
    ['CompletionBar label={{}}', () => <CompletionBar evaluation={good} label={X({})} />],
    [
      'StatusBadge status="abc" / undefined',
      () => (
        <>
          <StatusBadge status={X('abc')} />
          <StatusBadge status={X(undefined)} />
        </>
      ),
    ],
    [
      'ReportSummary dataset={{}} / evaluations="abc"',
      () => (
        <>
          <ReportSummary dataset={X({})} />
          <ReportSummary evaluations={X('abc')} />
        </>
      ),
    ],
    [
      'ChitieuProvider theme="neon" locale="xx_YY"',
      () => (
        <ChitieuProvider theme={X('neon')} locale="xx_YY" scorecard={X('big')}>
          <Scorecard evaluations={list} />
          <IndicatorCard evaluation={good} />
        </ChitieuProvider>
      ),
    ],
  ];
}

/** Text or attribute values no user should ever read. */
export const GARBAGE = /NaN|Infinity|undefined|\[object |Cannot read|is not a function|TypeError/;

/** Every text node and attribute under `root` that shows garbage, as `where: value`. */
export function garbageIn(root: Element): string[] {
  const found: string[] = [];
  if (GARBAGE.test(root.textContent ?? '')) found.push(`text: ${root.textContent}`);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (GARBAGE.test(attribute.value))
        found.push(`${element.tagName.toLowerCase()}[${attribute.name}]: ${attribute.value}`);
    }
    if (/^h(?:[7-9]|\d\d+)$/i.test(element.tagName)) found.push(`<${element.tagName.toLowerCase()}>`);
  }
  return found;
}
