import { type Dataset, formatNumber, localize } from '@chitieu/core';
import type { WorkbookIssue } from '@chitieu/office';
import { type ReactNode, useId, useState } from 'react';
import { usePlaygroundGlobals, useT } from '../globals';

export interface ExcelImportProps {
  /** Bytes of an example workbook for the "try an example" button. */
  readonly example?: (() => Promise<Uint8Array>) | undefined;
  /** What to show with the dataset read (the playground shows a summary table). */
  readonly renderDataset?: ((dataset: Dataset) => ReactNode) | undefined;
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly name: string }
  | {
      readonly kind: 'done';
      readonly name: string;
      readonly dataset: Dataset | undefined;
      readonly issues: readonly WorkbookIssue[];
    };

/** Vietnamese words for the issue codes (the core's own messages are English). */
const CODE_VI: Record<string, string> = {
  INVALID_DATASET: 'Dữ liệu không hợp lệ',
};

/**
 * Upload an `.xlsx` workbook and read it with `@chitieu/office`'s `readWorkbook`: the dataset it
 * gives, and every cell it could not read with its sheet, row and column. The office package is
 * loaded only when a file is read.
 */
export function ExcelImport(props: ExcelImportProps): ReactNode {
  const { locale } = usePlaygroundGlobals();
  const t = useT();
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  // The file's number style is the user's to say (3.630 is 3630 in Vietnamese, 3.63 in English).
  const [numbers, setNumbers] = useState<'vi' | 'en'>('vi');

  async function read(name: string, bytes: () => Promise<ArrayBuffer | Uint8Array>) {
    setState({ kind: 'reading', name });
    try {
      const { readWorkbook } = await import('@chitieu/office');
      const result = await readWorkbook(await bytes(), { locale: numbers, messages: locale });
      setState({ kind: 'done', name, dataset: result.dataset, issues: result.issues });
    } catch (error) {
      setState({
        kind: 'done',
        name,
        dataset: undefined,
        issues: [
          {
            code: 'UNREADABLE_FILE',
            sheet: '',
            cell: null,
            row: null,
            column: null,
            message: t({ vi: 'Không đọc được tệp: ', en: 'Could not read the file: ' }) + String(error),
          },
        ],
      });
    }
  }

  const message = (issue: WorkbookIssue): string =>
    locale === 'vi' && CODE_VI[issue.code] ? `${CODE_VI[issue.code]} (${issue.path ?? ''})` : issue.message;

  return (
    <section className="pg-stack" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="pg-h2">
        {t({ vi: 'Nhập từ Excel', en: 'Import from Excel' })}
      </h2>
      <div className="pg-toolbar">
        <label>
          {t({ vi: 'Số dạng chữ trong tệp ', en: 'Numbers typed as text in the file ' })}
          <select
            className="pg-select"
            value={numbers}
            onChange={(e) => setNumbers(e.target.value === 'en' ? 'en' : 'vi')}
          >
            <option value="vi">{t({ vi: 'kiểu Việt: 3.630; 100,6', en: 'Vietnamese: 3.630; 100,6' })}</option>
            <option value="en">{t({ vi: 'kiểu Anh: 3,630; 100.6', en: 'English: 3,630; 100.6' })}</option>
          </select>
        </label>
        <label>
          {t({ vi: 'Chọn tệp Excel (.xlsx) ', en: 'Choose an Excel file (.xlsx) ' })}
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void read(file.name, () => file.arrayBuffer());
            }}
          />
        </label>
        {props.example ? (
          <button
            type="button"
            className="pg-button"
            onClick={() => void read('vi-du.xlsx', props.example as () => Promise<Uint8Array>)}
          >
            {t({ vi: 'Dùng tệp ví dụ', en: 'Use the example file' })}
          </button>
        ) : null}
      </div>
      <p role="status" className="pg-muted">
        {state.kind === 'idle'
          ? t({ vi: 'Chưa chọn tệp.', en: 'No file chosen.' })
          : state.kind === 'reading'
            ? t({ vi: `Đang đọc ${state.name}…`, en: `Reading ${state.name}…` })
            : state.dataset
              ? t({
                  vi: `Đã đọc ${state.name}: ${state.dataset.indicators.length} chỉ tiêu, ${state.dataset.observations.length} số liệu; ${state.issues.length} ô không đọc được.`,
                  en: `Read ${state.name}: ${state.dataset.indicators.length} indicators, ${state.dataset.observations.length} observations; ${state.issues.length} cells could not be read.`,
                })
              : t({ vi: `Không đọc được ${state.name}.`, en: `Could not read ${state.name}.` })}
      </p>
      {state.kind === 'done' && state.issues.length > 0 ? (
        <section aria-labelledby={`${id}-issues`}>
          <h3 id={`${id}-issues`}>{t({ vi: 'Ô không đọc được', en: 'Cells that could not be read' })}</h3>
          <table className="pg-table">
            <thead>
              <tr>
                <th scope="col">{t({ vi: 'Trang tính', en: 'Sheet' })}</th>
                <th scope="col">{t({ vi: 'Ô', en: 'Cell' })}</th>
                <th scope="col">{t({ vi: 'Dòng', en: 'Row' })}</th>
                <th scope="col">{t({ vi: 'Cột', en: 'Column' })}</th>
                <th scope="col">{t({ vi: 'Vấn đề', en: 'Problem' })}</th>
              </tr>
            </thead>
            <tbody>
              {state.issues.map((issue, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id; the list is rebuilt per file
                <tr key={i}>
                  <td>{issue.sheet || '—'}</td>
                  <td>{issue.cell ?? '—'}</td>
                  <td className="pg-num">{issue.row ?? '—'}</td>
                  <td>{issue.column ?? '—'}</td>
                  <td>{message(issue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {state.kind === 'done' && state.dataset ? (
        <section aria-labelledby={`${id}-data`}>
          <h3 id={`${id}-data`}>{localize(state.dataset.title, locale)}</h3>
          {props.renderDataset ? props.renderDataset(state.dataset) : <DatasetTable dataset={state.dataset} />}
        </section>
      ) : null}
    </section>
  );
}

/** The indicators read, with their figures, as a plain table. */
export function DatasetTable(props: { readonly dataset: Dataset }): ReactNode {
  const { locale } = usePlaygroundGlobals();
  const t = useT();
  const { dataset } = props;
  const fmt = (v: string | null | undefined, decimals: number) =>
    v == null ? '—' : formatNumber(v, { locale, decimals });
  return (
    <table className="pg-table">
      <thead>
        <tr>
          <th scope="col">{t({ vi: 'Mã', en: 'Id' })}</th>
          <th scope="col">{t({ vi: 'Chỉ tiêu', en: 'Indicator' })}</th>
          <th scope="col">{t({ vi: 'Kỳ', en: 'Period' })}</th>
          <th scope="col">{t({ vi: 'Kế hoạch', en: 'Plan' })}</th>
          <th scope="col">{t({ vi: 'Thực hiện', en: 'Actual' })}</th>
          <th scope="col">{t({ vi: '% KH (báo cáo)', en: '% of plan (stated)' })}</th>
        </tr>
      </thead>
      <tbody>
        {dataset.observations.map((o) => {
          const indicator = dataset.indicators.find((i) => i.id === o.indicator);
          const decimals = indicator?.decimals ?? 0;
          return (
            <tr key={`${o.indicator}@${o.period}`}>
              <td>
                <code>{o.indicator}</code>
              </td>
              <td>{indicator ? localize(indicator.name, locale) : o.indicator}</td>
              <td>{o.period}</td>
              <td className="pg-num">
                {typeof o.target === 'object' && o.target !== null
                  ? `${fmt(o.target.min, decimals)} – ${fmt(o.target.max, decimals)}`
                  : fmt(o.target, decimals)}
              </td>
              <td className="pg-num">{fmt(o.actual, decimals)}</td>
              <td className="pg-num">
                {o.stated?.completion ? `${formatNumber(o.stated.completion, { locale })}%` : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
