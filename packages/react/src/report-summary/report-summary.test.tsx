import { narrate, narrateSummary, summarize } from '@chitieu/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scorecardEvaluations } from '../../test/fixtures';
import { ReportSummary } from './report-summary';

describe('ReportSummary', () => {
  it("renders the core's summary paragraph and one sentence per indicator", () => {
    const evaluations = scorecardEvaluations();
    const { container } = render(<ReportSummary evaluations={evaluations} />);
    const summary = summarize(evaluations);
    expect(container.querySelector('.ct-report-summary__lead')?.textContent).toBe(
      narrateSummary(evaluations, summary, { locale: 'vi-VN' }),
    );
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(evaluations.length);
    expect(items[0]?.textContent).toBe(narrate(evaluations[0] as (typeof evaluations)[number], { locale: 'vi-VN' }));
  });

  it('detail={false} › the paragraph only; English', () => {
    render(<ReportSummary evaluations={scorecardEvaluations()} detail={false} locale="en" />);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('evaluations and summary stay props: never copied onto the <section>', () => {
    const evaluations = scorecardEvaluations();
    const { container } = render(<ReportSummary evaluations={evaluations} summary={summarize(evaluations)} />);
    const section = container.querySelector('section');
    expect(section?.hasAttribute('evaluations')).toBe(false);
    expect(section?.hasAttribute('summary')).toBe(false);
  });

  it('bad props › neither evaluations nor dataset renders an inline message', () => {
    render(<ReportSummary />);
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
