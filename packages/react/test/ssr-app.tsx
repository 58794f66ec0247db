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

/** Every component under one provider: the page the server-rendering tests render. */
export function App({ locale, big }: { readonly locale: string; readonly big?: boolean }) {
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
