import {
  formatNumber,
  formatPercent,
  formatPoints,
  formatQuantity,
  STATUSES,
  type Status,
  statusLabel,
} from '@chitieu/core';
import type { ReactNode } from 'react';

interface Example {
  readonly what: string;
  readonly input: string;
  readonly format: (locale: 'vi' | 'en') => string;
}

/** Live examples of the core's wording: each cell is computed by the core, in both locales. */
const EXAMPLES: readonly Example[] = [
  { what: 'Number', input: "formatNumber('2890000')", format: (locale) => formatNumber('2890000', { locale }) },
  {
    what: 'Decimals as stated',
    input: "formatNumber('80.00')",
    format: (locale) => formatNumber('80.00', { locale, decimals: 2 }),
  },
  {
    what: 'Completion',
    input: "formatPercent('1.006', { decimals: 1 })",
    format: (locale) => formatPercent('1.006', { locale, decimals: 1 }),
  },
  {
    what: 'Guarded completion',
    input: "formatPercent('0.99996', { decimals: 2, guard: true })",
    format: (locale) => formatPercent('0.99996', { locale, decimals: 2, guard: true }),
  },
  { what: 'Percentage points', input: "formatPoints('16.35')", format: (locale) => formatPoints('16.35', { locale }) },
  {
    what: 'Money in billions',
    input: "formatQuantity('3630', { unit: 'VND', scale: 9 })",
    format: (locale) => formatQuantity('3630', { locale, unit: 'VND', scale: 9 }),
  },
  {
    what: 'Largest scale word',
    input: "formatQuantity('3630', { unit: 'VND', scale: 9, display: 'auto' })",
    format: (locale) => formatQuantity('3630', { locale, unit: 'VND', scale: 9, display: 'auto' }),
  },
  {
    what: 'Compact',
    input: "formatQuantity('2890000', { unit: 'subscriber', display: 'compact' })",
    format: (locale) => formatQuantity('2890000', { locale, unit: 'subscriber', display: 'compact' }),
  },
  {
    what: 'Plural',
    input: "formatQuantity('1', { unit: 'subscriber' })",
    format: (locale) => formatQuantity('1', { locale, unit: 'subscriber' }),
  },
  {
    what: 'Millions of copies',
    input: "formatQuantity('18', { unit: 'copy', scale: 6 })",
    format: (locale) => formatQuantity('18', { locale, unit: 'copy', scale: 6 }),
  },
  {
    what: 'A rate',
    input: "formatQuantity('56.35', { unit: 'percent' })",
    format: (locale) => formatQuantity('56.35', { locale, unit: 'percent' }),
  },
  ...STATUSES.map((status: Status) => ({
    what: `Status ${status}`,
    input: `statusLabel('${status}')`,
    format: (locale: 'vi' | 'en') => statusLabel(status, locale),
  })),
];

export function PhraseTable(): ReactNode {
  return (
    <table className="pg-table">
      <caption>Cách viết số và chữ / How numbers and words are written</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">Call</th>
          <th scope="col" lang="vi">
            Tiếng Việt
          </th>
          <th scope="col">English</th>
        </tr>
      </thead>
      <tbody>
        {EXAMPLES.map((e) => (
          <tr key={e.input}>
            <th scope="row">{e.what}</th>
            <td>
              <code>{e.input}</code>
            </td>
            <td lang="vi">{e.format('vi')}</td>
            <td lang="en">{e.format('en')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
