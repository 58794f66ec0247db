import { assertDataset, type Evaluation, evaluateDataset, localize } from '@chitieu/core';
import { ChitieuProvider, IndicatorCard, ReportSummary, Scorecard } from '@chitieu/react';
import { useEffect } from 'react';
import data from './thanh-hoa-2020.json';

/** The Thanh Hóa 2020 report as an app would load it: untrusted JSON, validated once. */
const dataset = assertDataset(data);
const evaluations = evaluateDataset(dataset);

function evaluationOf(id: string): Evaluation {
  const evaluation = evaluations.find((e) => e.indicator.id === id);
  if (!evaluation) throw new Error(`The dataset has no indicator "${id}"`);
  return evaluation;
}

declare global {
  interface Window {
    chitieuHydrated?: boolean;
  }
}

export type PageTheme = 'light' | 'dark';

/** The page both Vite fixtures render on the server and hydrate in the browser. */
export function App({ theme }: { readonly theme: PageTheme }) {
  useEffect(() => {
    window.chitieuHydrated = true;
  }, []);
  return (
    <ChitieuProvider locale="vi-VN" theme={theme}>
      <main className="page">
        <h1>{localize(dataset.title, 'vi')}</h1>
        <section aria-label="Chỉ tiêu chính" className="cards">
          <IndicatorCard evaluation={evaluationOf('revenue')} headingLevel={2} />
          <IndicatorCard evaluation={evaluationOf('broadband-subscribers')} headingLevel={2} />
          <IndicatorCard evaluation={evaluationOf('phone-subscribers')} headingLevel={2} />
        </section>
        <Scorecard evaluations={evaluations} virtualize={false} />
        <ReportSummary evaluations={evaluations} />
      </main>
    </ChitieuProvider>
  );
}
