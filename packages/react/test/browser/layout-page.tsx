import { createRoot } from 'react-dom/client';
import { Scorecard } from '../../src/index';
import { manyEvaluations, scorecardEvaluations } from '../fixtures';

/** Scorecards at a phone width (390 px) and at desktop width, small and large. */
const host = document.getElementById('host') as HTMLElement;
host.innerHTML =
  '<div id="phone" style="width:390px"></div><div id="desk" style="width:1200px"></div><div id="small" style="width:1200px"></div><div id="virt" style="width:1200px"></div>';
createRoot(document.getElementById('phone') as HTMLElement).render(
  <Scorecard evaluations={scorecardEvaluations()} defaultExpanded="all" caption="Điện thoại" />,
);
createRoot(document.getElementById('desk') as HTMLElement).render(
  <Scorecard evaluations={manyEvaluations(60)} defaultExpanded="all" height={300} caption="Cuộn trong" />,
);
createRoot(document.getElementById('small') as HTMLElement).render(
  <Scorecard evaluations={scorecardEvaluations()} defaultExpanded="all" caption="Bảng nhỏ" />,
);
createRoot(document.getElementById('virt') as HTMLElement).render(
  <Scorecard evaluations={manyEvaluations(1000)} defaultExpanded="all" height={400} caption="Ảo hoá" />,
);
