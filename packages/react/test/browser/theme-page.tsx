import { createRoot } from 'react-dom/client';
import { ChitieuProvider, DeltaBadge, IndicatorCard, Scorecard, Sparkline, StatusBadge } from '../../src/index';
import { ev, obs, revenue, scorecardEvaluations } from '../fixtures';

/** A light host page (white, dark text) with every component under `theme="system"`. */
document.body.style.background = '#ffffff';
document.body.style.color = '#111111';
const good = ev(obs.exceeded);
const history = [
  { period: '2018', actual: '3100', target: '3000' },
  { period: '2019', actual: '3400', target: '3300' },
  { period: '2020', actual: '3630', target: '3608' },
];
createRoot(document.getElementById('host') as HTMLElement).render(
  <ChitieuProvider theme="system">
    <IndicatorCard evaluation={good} history={history} />
    <p>
      <StatusBadge status="met" /> <StatusBadge status="no-target" /> <DeltaBadge evaluation={good} />
    </p>
    <Sparkline history={history} indicator={revenue} data-testid="spark" />
    <Scorecard evaluations={scorecardEvaluations()} />
  </ChitieuProvider>,
);
