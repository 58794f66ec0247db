import type { ReactNode } from 'react';
import { CSV_COLUMNS } from '../data-editor/csv-layout';
import { useT } from '../globals';

/** The CSV layout, rendered from the reader's own column list so the docs cannot drift. */
export function CsvColumnsTable(): ReactNode {
  const t = useT();
  return (
    <table className="pg-table">
      <caption>{t({ vi: 'Các cột CSV', en: 'CSV columns' })}</caption>
      <thead>
        <tr>
          <th scope="col">{t({ vi: 'Cột', en: 'Column' })}</th>
          <th scope="col">{t({ vi: 'Thuộc', en: 'Belongs to' })}</th>
          <th scope="col">{t({ vi: 'Bắt buộc', en: 'Required' })}</th>
          <th scope="col">{t({ vi: 'Ý nghĩa', en: 'Meaning' })}</th>
          <th scope="col">{t({ vi: 'Ví dụ', en: 'Example' })}</th>
        </tr>
      </thead>
      <tbody>
        {CSV_COLUMNS.map((c) => (
          <tr key={c.name}>
            <th scope="row">
              <code>{c.name}</code>
            </th>
            <td>
              {c.of === 'indicator' ? t({ vi: 'chỉ tiêu', en: 'indicator' }) : t({ vi: 'số liệu', en: 'observation' })}
            </td>
            <td>
              {c.required === 'always'
                ? t({ vi: 'mọi dòng', en: 'every row' })
                : c.required === 'first-row'
                  ? t({ vi: 'dòng đầu của chỉ tiêu', en: "indicator's first row" })
                  : '—'}
            </td>
            <td>{t({ vi: c.vi, en: c.en })}</td>
            <td>
              <code>{c.example}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
