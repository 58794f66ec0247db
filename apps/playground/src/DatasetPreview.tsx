import { type Dataset, evaluateDataset, type LocalizedText } from '@chitieu/core';
import type { ReactNode } from 'react';
import { usePlaygroundGlobals, useT } from './globals';

function pick(text: LocalizedText, locale: string): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text.vi ?? text.en ?? Object.values(text).find((v) => v !== undefined) ?? '';
}

/** A plain table of a dataset's evaluations (status and completion as the core computes them). */
export function DatasetPreview(props: { readonly dataset: Dataset }): ReactNode {
  const { locale } = usePlaygroundGlobals();
  const t = useT();
  const evaluations = evaluateDataset(props.dataset);
  return (
    <table className="pg-table">
      <caption>{pick(props.dataset.title, locale)}</caption>
      <thead>
        <tr>
          <th scope="col">{t({ vi: 'Chỉ tiêu', en: 'Indicator' })}</th>
          <th scope="col">{t({ vi: 'Kỳ', en: 'Period' })}</th>
          <th scope="col" className="pg-num">
            {t({ vi: 'Thực hiện', en: 'Actual' })}
          </th>
          <th scope="col" className="pg-num">
            {t({ vi: 'Kế hoạch', en: 'Target' })}
          </th>
          <th scope="col" className="pg-num">
            {t({ vi: '% kế hoạch', en: '% of plan' })}
          </th>
          <th scope="col">{t({ vi: 'Trạng thái', en: 'Status' })}</th>
        </tr>
      </thead>
      <tbody>
        {evaluations.map((e) => (
          <tr key={`${e.indicator.id}@${e.observation.period}`}>
            <td>{pick(e.indicator.name, locale)}</td>
            <td>{e.observation.period}</td>
            <td className="pg-num">{e.actual ?? '—'}</td>
            <td className="pg-num">{e.target ?? (e.band ? `${e.band.min}–${e.band.max}` : '—')}</td>
            <td className="pg-num">{e.completionPercent ?? '—'}</td>
            <td>{e.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
