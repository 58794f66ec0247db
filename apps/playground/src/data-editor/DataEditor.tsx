import { type Dataset, parseDataset } from '@chitieu/core';
import { type ChangeEvent, type ReactNode, useDeferredValue, useId, useMemo, useState } from 'react';
import thanhHoaJson from '../../data/thanh-hoa-2020.json?raw';
import { ErrorBoundary } from '../ErrorBoundary';
import { usePlaygroundGlobals, useT } from '../globals';
import { asCsvNumbers, CSV_NUMBER_STYLES, type CsvNumbers } from './csv-numbers';
import { EXAMPLE_CSV, EXAMPLE_CSV_VI, EXAMPLE_JSON } from './examples';
import { errorText, issueMessage, issuePath } from './issue-text';
import { type InputFormat, MAX_INPUT_CHARS, readDataset } from './read-dataset';

export interface DataEditorProps {
  /** Text the editor starts with. */
  readonly initialText?: string;
  readonly initialFormat?: InputFormat;
  /**
   * How CSV numbers are written: `machine` (`3630`, `100.6`, the default), `vi` (`3.630`,
   * `100,6`) or `en` (`3,630`, `100.6`). Never guessed; JSON is not affected.
   */
  readonly initialNumbers?: CsvNumbers;
  /** Renders a valid dataset (the scorecard); called only with data that passed validation. */
  readonly renderDataset: (dataset: Dataset) => ReactNode;
}

/** The example buttons: each loads a text, and a CSV example also sets how its numbers are written. */
const EXAMPLES: readonly { label: { vi: string; en: string }; text: string; numbers?: CsvNumbers }[] = [
  { label: { vi: 'Ví dụ JSON', en: 'JSON example' }, text: EXAMPLE_JSON },
  { label: { vi: 'Ví dụ CSV', en: 'CSV example' }, text: EXAMPLE_CSV, numbers: 'machine' },
  { label: { vi: 'Ví dụ CSV số Việt', en: 'CSV example, Vietnamese numbers' }, text: EXAMPLE_CSV_VI, numbers: 'vi' },
  { label: { vi: 'Thanh Hóa 2020', en: 'Thanh Hóa 2020' }, text: thanhHoaJson },
];

/**
 * Paste or upload a dataset as JSON or CSV; see it rendered, or every problem with its path.
 * The text is only ever read by JSON.parse and the CSV reader and shown as text: nothing
 * pasted is evaluated or inserted as markup.
 */
export function DataEditor(props: DataEditorProps): ReactNode {
  const t = useT();
  const { locale } = usePlaygroundGlobals();
  const id = useId();
  const [text, setText] = useState(props.initialText ?? '');
  const [format, setFormat] = useState<InputFormat>(props.initialFormat ?? 'auto');
  const [numbers, setNumbers] = useState<CsvNumbers>(asCsvNumbers(props.initialNumbers));
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  // A CSV has no title of its own: the file's name, or a plain label for pasted text.
  const csvTitle = fileName ?? t({ vi: 'Dữ liệu CSV', en: 'CSV data' });
  // Typing stays responsive while a large paste is validated in the background.
  const deferredText = useDeferredValue(text);
  const result = useMemo(
    () => readDataset(deferredText, { format, validate: parseDataset, title: csvTitle, numbers }),
    [deferredText, format, csvTitle, numbers],
  );
  const numberStyle = CSV_NUMBER_STYLES.find((s) => s.id === numbers) ?? CSV_NUMBER_STYLES[0];
  // The status names the number style of a CSV, so a misread choice is visible next to the result.
  const formatLabel =
    result.format === 'csv' && numberStyle !== undefined
      ? `CSV, ${t({ vi: 'số', en: 'numbers' })}: ${t(numberStyle.name)}`
      : result.format.toUpperCase();

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.currentTarget.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_INPUT_CHARS) {
      setFileError(t({ vi: `Tệp quá lớn (${file.size} byte).`, en: `The file is too large (${file.size} bytes).` }));
      return;
    }
    try {
      // A workbook (.xlsx) is read by @chitieu/office, loaded only now; its dataset lands in the
      // editor as JSON, and every cell it could not read is listed with its sheet, row and column.
      if (/\.xlsx$/i.test(file.name)) {
        const { readWorkbook } = await import('@chitieu/office');
        const read = await readWorkbook(await file.arrayBuffer(), {
          locale: numbers === 'en' ? 'en' : 'vi',
          messages: t({ vi: 'vi', en: 'en' }),
        });
        if (read.issues.length > 0) {
          setFileError(read.issues.map((i) => `${i.sheet}${i.cell ? `!${i.cell}` : ''}: ${i.message}`).join(' · '));
        }
        setFileName(file.name);
        if (read.dataset) {
          setFormat('json');
          setText(JSON.stringify(read.dataset, null, 2));
        }
        return;
      }
      const content = await file.text();
      setFormat(/\.csv$/i.test(file.name) ? 'csv' : /\.json$/i.test(file.name) ? 'json' : 'auto');
      setFileName(file.name);
      setText(content);
    } catch {
      setFileError(t({ vi: 'Không đọc được tệp.', en: 'The file could not be read.' }));
    }
  };

  const issues = result.issues;
  const empty = deferredText.trim() === '';

  return (
    <div className="pg-stack">
      <div className="pg-toolbar">
        <label htmlFor={`${id}-format`}>{t({ vi: 'Định dạng', en: 'Format' })}</label>
        <select
          id={`${id}-format`}
          className="pg-select"
          value={format}
          onChange={(e) =>
            setFormat(e.currentTarget.value === 'json' ? 'json' : e.currentTarget.value === 'csv' ? 'csv' : 'auto')
          }
        >
          <option value="auto">{t({ vi: 'Tự nhận biết', en: 'Detect' })}</option>
          <option value="json">JSON</option>
          <option value="csv">CSV</option>
        </select>
        <label htmlFor={`${id}-numbers`}>{t({ vi: 'Số trong CSV', en: 'CSV numbers' })}</label>
        <select
          id={`${id}-numbers`}
          className="pg-select"
          value={numbers}
          aria-describedby={`${id}-numbers-hint`}
          onChange={(e) => setNumbers(asCsvNumbers(e.currentTarget.value))}
        >
          {CSV_NUMBER_STYLES.map((style) => (
            <option key={style.id} value={style.id}>
              {t(style.name)}: {style.examples[0]} · {style.examples[1]}
            </option>
          ))}
        </select>
        {/* the browser's own file button speaks the browser's language ("Choose File"): ours speaks the toolbar's */}
        <label htmlFor={`${id}-file`} className="pg-button pg-file">
          {t({ vi: 'Tải tệp lên', en: 'Upload a file' })}
        </label>
        <input
          id={`${id}-file`}
          className="pg-file__input"
          type="file"
          accept=".json,.csv,.xlsx,application/json,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={onFile}
        />
        <span className="pg-muted">{fileName ?? t({ vi: 'Chưa chọn tệp', en: 'No file chosen' })}</span>
        {EXAMPLES.map((example) => (
          <button
            key={example.text}
            type="button"
            className="pg-button"
            onClick={() => {
              setFormat('auto');
              setFileName(null);
              if (example.numbers) setNumbers(example.numbers);
              setText(example.text);
            }}
          >
            {t(example.label)}
          </button>
        ))}
        <button
          type="button"
          className="pg-button"
          onClick={() => {
            setFileName(null);
            setText('');
          }}
        >
          {t({ vi: 'Xóa', en: 'Clear' })}
        </button>
      </div>
      <p id={`${id}-numbers-hint`} className="pg-muted">
        {t({
          vi: 'Số trong CSV được đọc đúng theo kiểu đã chọn, không đoán: 3.630 là 3630 theo tiếng Việt và 3,63 theo tiếng Anh. JSON luôn ở dạng máy.',
          en: 'CSV numbers are read strictly in the chosen style, never guessed: 3.630 is 3630 in Vietnamese and 3.63 in English. JSON is always machine form.',
        })}
      </p>
      {fileError !== null && (
        <p role="alert" className="pg-issues">
          {fileError}
        </p>
      )}
      <label htmlFor={`${id}-text`}>{t({ vi: 'Dữ liệu (JSON hoặc CSV)', en: 'Data (JSON or CSV)' })}</label>
      <textarea
        id={`${id}-text`}
        className="pg-textarea"
        value={text}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          setFileName(null);
          setText(e.currentTarget.value);
        }}
        aria-describedby={`${id}-status`}
      />
      <p id={`${id}-status`} role="status" className={result.ok ? 'pg-ok' : 'pg-muted'}>
        {empty
          ? t({ vi: 'Dán hoặc tải lên một bộ dữ liệu.', en: 'Paste or upload a dataset.' })
          : result.ok
            ? t({
                vi: `Hợp lệ (${formatLabel}): ${result.dataset.indicators.length} chỉ tiêu, ${result.dataset.observations.length} số liệu.`,
                en: `Valid (${formatLabel}): ${result.dataset.indicators.length} indicators, ${result.dataset.observations.length} observations.`,
              })
            : t({
                vi: `${issues.length} lỗi (${formatLabel}).`,
                en: `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} (${formatLabel}).`,
              })}
      </p>
      {!result.ok && !empty && (
        <section className="pg-issues" aria-labelledby={`${id}-issues`}>
          <h3 id={`${id}-issues`} className="pg-h2">
            {t({ vi: 'Các lỗi cần sửa', en: 'Problems to fix' })}
          </h3>
          <ul data-testid="issues">
            {issues.slice(0, 200).map((issue, index) => (
              // Issues have no identity of their own; their order is stable for one input.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={index}>
                <code>{issuePath(issue.path, locale)}</code>: {issueMessage(issue, locale)}
              </li>
            ))}
          </ul>
          {issues.length > 200 && (
            <p>{t({ vi: `… và ${issues.length - 200} lỗi khác.`, en: `… and ${issues.length - 200} more.` })}</p>
          )}
        </section>
      )}
      {result.ok && (
        <div data-testid="result">
          <ErrorBoundary
            resetKey={result.dataset}
            fallback={(error) => (
              <p role="alert" className="pg-issues">
                {t({ vi: 'Không hiển thị được dữ liệu: ', en: 'Could not display the data: ' })}
                {errorText(error, locale)}
              </p>
            )}
          >
            {props.renderDataset(result.dataset)}
          </ErrorBoundary>
        </div>
      )}
    </div>
  );
}
