/**
 * Renders every component to a static HTML page (renderToString + the stylesheet) in the light
 * and the dark theme, for a visual check in a browser or a headless screenshot:
 *
 *   pnpm exec tsx --conditions=@chitieu/source scripts/preview.tsx /tmp/ct-preview.html [light,dark]
 *   /usr/bin/chromium --headless --no-sandbox --disable-gpu --screenshot=/tmp/ct.png \
 *     --window-size=1200,2600 file:///tmp/ct-preview.html
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToString } from 'react-dom/server';
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
import { ev, obs, scorecardEvaluations } from '../test/fixtures';

const css = readFileSync(join(import.meta.dirname, '../src/styles.css'), 'utf8');
const out = process.argv[2] ?? '/tmp/ct-preview.html';
const themes = (process.argv[3] ?? 'light,dark').split(',') as ('light' | 'dark')[];
const history = [
  { period: '2016', actual: '2400', target: '2300' },
  { period: '2017', actual: '2700', target: '2650' },
  { period: '2018', actual: '3100', target: '3000' },
  { period: '2019', actual: '3400', target: '3300' },
  { period: '2020', actual: '3630', target: '3608' },
];

function Panel({ theme }: { readonly theme: 'light' | 'dark' }) {
  return (
    <ChitieuProvider theme={theme} locale="vi-VN">
      <div className={`panel ${theme}`} data-ct-theme={theme}>
        <div className="row">
          {(['exceeded', 'met', 'near', 'missed', 'no-target', 'no-data'] as const).map((s) => (
            <StatusBadge key={s} status={s} />
          ))}
        </div>
        <div className="row">
          <DeltaBadge evaluation={ev(obs.exceeded)} />
          <DeltaBadge evaluation={ev(obs.lowerIsBetter)} />
          <DeltaBadge evaluation={ev({ ...obs.lowerIsBetter, actual: '3.4' })} />
          <DeltaBadge evaluation={ev(obs.met)} display="signed" />
        </div>
        <div className="grid">
          <IndicatorCard evaluation={ev(obs.parent)} history={history} />
          <IndicatorCard evaluation={ev(obs.near)} />
          <IndicatorCard evaluation={ev(obs.longName)} size="compact" />
          <IndicatorCard evaluation={ev(obs.lowerIsBetter)} size="compact" />
        </div>
        <div className="bars">
          <CompletionBar evaluation={ev(obs.missed)} />
          <CompletionBar evaluation={ev(obs.band)} />
          <CompletionBar evaluation={ev(obs.huge)} />
          <CompletionBar evaluation={ev(obs.noData)} />
          <Sparkline history={history} width={160} height={32} />
        </div>
        <Scorecard
          evaluations={scorecardEvaluations()}
          caption="Kết quả thực hiện năm 2020"
          defaultExpanded="all"
          height={360}
        />
        <ReportSummary evaluations={scorecardEvaluations().slice(0, 3)} />
        <IndicatorCard
          indicator={ev(obs.met).indicator}
          observation={{ indicator: 'services', period: '2020', actual: 'abc' }}
        />
      </div>
    </ChitieuProvider>
  );
}

const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>@chitieu/react preview</title>
<style>${css}
body { margin: 0; font: 14px/1.4 system-ui, "Segoe UI", Roboto, sans-serif; display: grid; grid-template-columns: 1fr; }
.panel { padding: 16px; display: flex; flex-direction: column; gap: 14px; min-width: 0; }
.panel.light { background: #ffffff; color: #1a1f2b; }
.panel.dark { background: #151a23; color: #e8ebf1; }
.row { display: flex; flex-wrap: wrap; gap: 8px; }
.grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
.bars { display: grid; gap: 12px; }
</style></head><body>${themes.map((theme) => renderToString(<Panel theme={theme} />)).join('')}</body></html>`;
writeFileSync(out, html);
console.log(out);
