import { defineIndicator, evaluate } from '@chitieu/core';
import { createRoot } from 'react-dom/client';
import { IndicatorCard, Scorecard } from '../../src/index';
import { broadband, dossiers, ev, obs, revenue, services } from '../fixtures';

/**
 * Issue 12's layout bugs, drawn as a user saw them: four cards a row at 1280 px (`1,800,000
 * subscribers`, the `est.` marker), a card with a 24-digit figure on a 390 px phone, the stacked
 * scorecard at 390 px with an estimated actual, and the figures a report states without an actual
 * or a plan (a multiple, a ratio to the same period, a rank) at desktop and phone widths.
 */
const host = document.getElementById('host') as HTMLElement;
// the playground's (and a typical app's) sans-serif stack: on this machine, a wide Noto/DejaVu face
host.style.fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
host.innerHTML = `
  <div id="desk-en" style="width:1280px;display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:16px;padding:0 24px;box-sizing:border-box"></div>
  <div id="desk-vi" style="width:1280px;display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:16px;padding:0 24px;box-sizing:border-box"></div>
  <div id="narrow" style="overflow-wrap:anywhere"></div>
  <div id="phone-card" style="width:390px;padding:0 16px;box-sizing:border-box"></div>
  <div id="phone-card-en" style="width:390px;padding:0 16px;box-sizing:border-box"></div>
  <div id="phone-scorecard" style="width:390px"></div>
  <div id="stated-desk" style="width:1280px"></div>
  <div id="stated-phone" style="width:390px"></div>`;

const investment = defineIndicator({
  id: 'investment',
  name: { vi: 'Vốn đầu tư toàn xã hội', en: 'Total investment' },
  unit: 'VND',
});
const huge = evaluate(
  {
    indicator: 'investment',
    period: '2020',
    actual: '987654321098765432109876',
    target: '987654321098765432109870',
    previous: '876543210987654321098765',
    nextTarget: { period: '2021', value: '999999999999999999999999' },
  },
  investment,
);
const estimatedBroadband = ev({ ...obs.exceeded, estimated: true });
// a plan the report never printed (derived from `đạt 100% kế hoạch`): `≈ 18.000.000 thuê bao`
const statedOnly = { indicator: 'broadband', period: '2020', actual: '18000000', stated: { completion: '100' } };
const derivedPlan = ev({ ...statedOnly, target: ev(statedOnly).implied.target?.value ?? null });
const cards = (locale: string) => (
  <>
    <IndicatorCard evaluation={estimatedBroadband} locale={locale} />
    <IndicatorCard evaluation={ev(obs.near)} locale={locale} />
    <IndicatorCard evaluation={derivedPlan} locale={locale} />
    <IndicatorCard evaluation={ev(obs.parent)} locale={locale} />
  </>
);
createRoot(document.getElementById('desk-en') as HTMLElement).render(cards('en'));
createRoot(document.getElementById('desk-vi') as HTMLElement).render(cards('vi-VN'));
// narrow cards, 2 px apart, in a page where words may break anywhere: at some width the marker
// falls at the end of a line, where it used to break inside itself (`es` / `t.`)
const widths = Array.from({ length: 40 }, (_, i) => 150 + 2 * i);
createRoot(document.getElementById('narrow') as HTMLElement).render(
  widths.map((w) => (
    <div key={w} style={{ width: `${w}px` }}>
      <IndicatorCard evaluation={estimatedBroadband} locale="en" size="compact" />
      <IndicatorCard evaluation={ev(obs.near)} locale="vi-VN" size="compact" />
    </div>
  )),
);
createRoot(document.getElementById('phone-card') as HTMLElement).render(
  <IndicatorCard evaluation={huge} locale="vi-VN" />,
);
createRoot(document.getElementById('phone-card-en') as HTMLElement).render(
  <IndicatorCard evaluation={huge} locale="en" />,
);
createRoot(document.getElementById('phone-scorecard') as HTMLElement).render(
  <Scorecard
    evaluations={[ev({ ...obs.parent, estimated: true }), ev(obs.exceeded)]}
    defaultExpanded="all"
    caption="Điện thoại"
  />,
);

const hours = defineIndicator({
  id: 'hours',
  name: { vi: 'Thời lượng tự sản xuất', en: 'Self-produced hours' },
  unit: 'hours-per-day',
  group: { vi: 'Báo chí', en: 'Press' },
});
const stated = [
  evaluate(
    {
      indicator: 'dossiers',
      period: '2020',
      stated: { change: { form: 'times', value: '51', base: { kind: 'period', period: '2019' }, verb: 'tăng' } },
    },
    dossiers,
  ),
  evaluate(
    { indicator: 'hours', period: '2020', actual: '7', stated: { change: { form: 'ratio', value: '100' } } },
    hours,
  ),
  evaluate(
    {
      indicator: 'services',
      period: '2020',
      actual: '615',
      stated: { rank: { rank: 3, scope: { vi: 'toàn quốc', en: 'nationwide' } } },
    },
    services,
  ),
  ev(obs.parent),
  evaluate({ indicator: 'broadband', period: '2020', actual: '1800000', previous: '1500000' }, broadband),
  evaluate({ indicator: 'revenue', period: '2020', actual: '3630', target: '3608' }, revenue),
];
createRoot(document.getElementById('stated-desk') as HTMLElement).render(
  <>
    <Scorecard evaluations={stated} defaultExpanded="all" caption="Số liệu nêu" />
    <Scorecard evaluations={stated} defaultExpanded="all" caption="Stated figures" locale="en" />
  </>,
);
createRoot(document.getElementById('stated-phone') as HTMLElement).render(
  <Scorecard evaluations={stated} defaultExpanded="all" caption="Số liệu nêu (điện thoại)" />,
);
