import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
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
import { ev, manyEvaluations, obs, scorecardEvaluations } from './fixtures';

function App({ locale, big }: { readonly locale: string; readonly big?: boolean }) {
  return (
    <ChitieuProvider locale={locale} theme="dark">
      <StatusBadge status="near" />
      <DeltaBadge evaluation={ev(obs.exceeded)} />
      <CompletionBar evaluation={ev(obs.huge)} />
      <Sparkline
        history={[
          { period: '2019', actual: '1' },
          { period: '2020', actual: '2', target: '2' },
        ]}
      />
      <IndicatorCard
        evaluation={ev(obs.parent)}
        history={[
          { period: '2019', actual: '3400' },
          { period: '2020', actual: '3630' },
        ]}
      />
      <IndicatorCard evaluation={ev(obs.near)} size="compact" />
      <Scorecard evaluations={big ? manyEvaluations(1000) : scorecardEvaluations()} caption="2020" />
      <ReportSummary evaluations={scorecardEvaluations()} />
    </ChitieuProvider>
  );
}

describe('server rendering', () => {
  it.each(['vi-VN', 'en'])('renderToString › every component renders on the server (%s)', (locale) => {
    const html = renderToString(<App locale={locale} />);
    expect(html).toContain('ct-scorecard');
    expect(html).toContain('role="meter"');
    expect(html).not.toContain('role="alert"');
    expect(html).toContain(
      locale === 'vi-VN' ? 'chỉ tiêu đạt và vượt kế hoạch' : 'indicators met or exceeded the plan',
    );
  });

  it.each([false, true])('hydration › the client renders the same text: no mismatch (virtualised: %s)', async (big) => {
    const html = renderToString(<App locale="vi-VN" big={big} />);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    await act(async () => {
      hydrateRoot(container, <App locale="vi-VN" big={big} />, {
        onRecoverableError: (error) => errors.push(error),
      });
    });
    consoleError.mockRestore();
    expect(errors).toEqual([]);
    container.remove();
  });
});
