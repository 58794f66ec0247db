import { type Evaluation, formatChange, formatCompletion, formatNumber, localize, statusLabel } from '@chitieu/core';
import type { ReactElement } from 'react';

const HEADERS = ['Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', '% kế hoạch', 'So cùng kỳ', 'Tình trạng'];

/**
 * The baseline of the Scorecard benchmarks (jsdom and Chromium): a plain `<table>` of the same
 * rows with the same core formatting, every row drawn.
 */
export function PlainTable({
  evaluations,
  locale,
}: {
  readonly evaluations: readonly Evaluation[];
  readonly locale: string;
}): ReactElement {
  return (
    <table>
      <thead>
        <tr>
          {HEADERS.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {evaluations.map((e) => (
          <tr key={e.indicator.id}>
            <th scope="row">{localize(e.indicator.name, locale)}</th>
            <td>thuê bao</td>
            <td>{e.target === null ? '—' : formatNumber(e.target, { locale, decimals: e.indicator.decimals })}</td>
            <td>{e.actual === null ? '—' : formatNumber(e.actual, { locale, decimals: e.indicator.decimals })}</td>
            <td>{formatCompletion(e, { locale })}</td>
            <td>{formatChange(e.change, e.indicator, { locale, style: 'signed' })}</td>
            <td>{statusLabel(e.status, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
