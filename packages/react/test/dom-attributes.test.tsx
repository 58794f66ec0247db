import { summarize } from '@chitieu/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
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
import { ev, obs, scorecardEvaluations } from './fixtures';

/** Attributes a component may put in the DOM; anything else is a prop that leaked through `...rest`. */
const ALLOWED =
  /^(class|style|role|id|tabindex|type|scope|colspan|title|width|height|viewbox|fill|stroke(-[a-z]+)*|d|cx|cy|r|focusable|data-[\w-]+|aria-[\w-]+)$/i;

const evaluations = scorecardEvaluations();
const cases: [string, ReactElement][] = [
  ['StatusBadge', <StatusBadge key="s" status="met" />],
  ['DeltaBadge', <DeltaBadge key="d" evaluation={ev(obs.exceeded)} display="signed" form="auto" />],
  ['CompletionBar', <CompletionBar key="c" evaluation={ev(obs.huge)} label="x" size="regular" />],
  ['Sparkline', <Sparkline key="p" history={[{ period: '2020', actual: '1', target: '1' }]} label="x" />],
  [
    'IndicatorCard',
    <IndicatorCard
      key="i"
      indicator={ev(obs.parent).indicator}
      observation={obs.parent}
      evaluateOptions={{}}
      history={[{ period: '2020', actual: '3630' }]}
      headingLevel={2}
    />,
  ],
  [
    'Scorecard',
    <Scorecard
      key="t"
      evaluations={evaluations}
      summary={summarize(evaluations)}
      caption="Kết quả năm 2020"
      height={300}
      rowHeight={30}
      virtualize={false}
      defaultExpanded="all"
      defaultSorting={[]}
      summarizeOptions={{}}
      evaluateOptions={{}}
    />,
  ],
  [
    'ReportSummary',
    <ReportSummary key="r" evaluations={evaluations} summary={summarize(evaluations)} detail summarizeOptions={{}} />,
  ],
];

describe('props never leak into the DOM', () => {
  it.each(cases)('%s › only HTML, SVG, ARIA and data attributes', (_, element) => {
    const { container } = render(<ChitieuProvider locale="vi-VN">{element}</ChitieuProvider>);
    const leaked = [...container.querySelectorAll('*')].flatMap((node) =>
      [...node.attributes].filter((a) => !ALLOWED.test(a.name)).map((a) => `<${node.tagName.toLowerCase()} ${a.name}>`),
    );
    expect(leaked).toEqual([]);
  });
});
