import { type Evaluation, evaluate, summarize } from '@chitieu/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompletionBar, IndicatorCard, Scorecard, StatusBadge } from '../src/index';
import { broadband, ev, obs, revenue } from './fixtures';

/**
 * Issue 12 (React side): a plan the report never stated looks derived; "no plan stated" is
 * counted apart from "missed"; Vượt and Đạt differ by more than the icon.
 *
 * The data contract (as the core's `withImpliedTargets` builds the Thanh Hóa dataset): the
 * report prints "ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch" and no plan; the observation keeps
 * `stated.completion: "100.6"` and gets `target` = `evaluate(…).implied.target.value`.
 */
function withImpliedPlan(observation: {
  indicator: string;
  period: string;
  actual: string;
  stated: { completion: string };
}): Evaluation {
  const implied = evaluate(observation, revenue).implied.target;
  if (implied === null) throw new Error('no implied plan');
  return evaluate({ ...observation, target: implied.value }, revenue);
}
const stated = { indicator: 'revenue', period: '2020', actual: '3630', stated: { completion: '100.6' } };
const DESCRIPTION = 'ước tính từ 100,6%: 3.606,55 – 3.610,15 tỷ đồng';

describe('derived figures', () => {
  it('IndicatorCard › the implied plan shows as ≈ 3.608 tỷ đồng with its printed-precision interval in the tooltip and the accessible text', () => {
    render(<IndicatorCard evaluation={withImpliedPlan(stated)} />);
    const derived = document.querySelector('[data-derived]') as HTMLElement;
    expect(derived.getAttribute('title')).toBe(DESCRIPTION);
    expect(derived.querySelector('[aria-hidden="true"]')?.textContent).toBe('≈\u00a03.608 tỷ đồng');
    expect(derived.querySelector('.ct-sr-only')?.textContent).toBe(`≈ 3.608 tỷ đồng, ${DESCRIPTION}`);
  });

  it('CompletionBar › the meter says the plan is derived; its marker is drawn dashed', () => {
    render(<CompletionBar evaluation={withImpliedPlan(stated)} />);
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toContain(
      `Kế hoạch ≈ 3.608 tỷ đồng, ${DESCRIPTION}`,
    );
    expect(document.querySelector('.ct-bullet__target--derived')).not.toBeNull();
  });

  it('Scorecard › the target cell is marked derived; a stated plan is not', () => {
    const statedPlan = evaluate({ indicator: 'revenue', period: '2019', actual: '3400', target: '3300' }, revenue);
    render(<Scorecard evaluations={[withImpliedPlan(stated), statedPlan]} />);
    const [derivedRow, statedRow] = screen.getAllByRole('row').filter((r) => r.hasAttribute('data-status'));
    const derived = within(derivedRow as HTMLElement).getByTitle(DESCRIPTION);
    expect(derived.textContent).toContain('≈\u00a03.608');
    expect(within(statedRow as HTMLElement).queryByText(/≈/)).toBeNull();
    expect(statedRow?.querySelector('[data-derived]')).toBeNull();
  });

  it('an evaluation without a stated completion is never marked, even if its target is round', () => {
    render(<IndicatorCard evaluation={ev(obs.exceeded)} />);
    expect(document.querySelector('[data-derived]')).toBeNull();
  });
});

describe('no plan stated is not a miss', () => {
  it('Scorecard summary › planned and unplanned indicators are counted apart', () => {
    const list = [
      ev(obs.exceeded),
      ev({ ...obs.noTarget, period: '2019' }),
      evaluate({ indicator: 'revenue', period: '2020', actual: '1' }, revenue),
    ];
    render(<Scorecard evaluations={list} summary={summarize(list)} />);
    expect(
      screen.getByText('1/1 chỉ tiêu có kế hoạch đạt và vượt kế hoạch; 2 chỉ tiêu báo cáo không nêu kế hoạch'),
    ).toBeTruthy();
  });

  it('StatusBadge › no-target is neutral information (ⓘ), exceeded is solid and met outlined — not only the icon differs', () => {
    render(
      <>
        <StatusBadge status="no-target" data-testid="none" />
        <StatusBadge status="missed" data-testid="missed" />
        <StatusBadge status="exceeded" data-testid="exceeded" />
        <StatusBadge status="met" data-testid="met" />
      </>,
    );
    const icon = (id: string): string | null | undefined =>
      screen.getByTestId(id).querySelector('svg')?.getAttribute('data-icon');
    expect(icon('none')).toBe('no-target');
    expect(screen.getByTestId('none').querySelector('path')?.getAttribute('d')).not.toBe(
      screen.getByTestId('missed').querySelector('path')?.getAttribute('d'),
    );
    expect(screen.getByTestId('exceeded').textContent).toBe('Vượt kế hoạch');
    expect(screen.getByTestId('met').textContent).toBe('Đạt kế hoạch');
    expect(screen.getByTestId('exceeded').className).toContain('ct-status-badge--exceeded');
    expect(screen.getByTestId('met').className).toContain('ct-status-badge--met');
  });
});

describe('numbers never break', () => {
  it('figures with their units are in nowrap spans', () => {
    render(
      <IndicatorCard
        evaluation={evaluate(
          { indicator: 'broadband', period: '2020', actual: '987654321098765432.1', target: '1000' },
          broadband,
        )}
      />,
    );
    const actual = document.querySelector('.ct-card__actual .ct-num');
    expect(actual?.textContent).toMatch(/^987\.654\.321\.098\.765\.432/);
  });
});
