import { type Dataset, evaluateDataset, formatNumber } from '@chitieu/core';
import { type ReactNode, useId, useState } from 'react';
import { usePlaygroundGlobals, useT } from '../globals';

export type DownloadKind = 'docx' | 'xlsx' | 'csv' | 'template';

export interface OfficeDownloadsProps {
  readonly dataset: Dataset;
  /** Base of the file names (`thanh-hoa-2020` → `thanh-hoa-2020.docx`). */
  readonly fileName: string;
  readonly year: string;
  /** Called with each file made (the story's test reads it); the browser also downloads it. */
  readonly onFile?: ((file: { name: string; type: string; bytes: Uint8Array }) => void) | undefined;
}

/** Offers the dataset as Word, Excel and CSV, and a template workbook; `@chitieu/office` loads on the first click. */
export function OfficeDownloads(props: OfficeDownloadsProps): ReactNode {
  const { locale } = usePlaygroundGlobals();
  const t = useT();
  const id = useId();
  const [status, setStatus] = useState<string>(t({ vi: 'Chưa tạo tệp nào.', en: 'No file made yet.' }));
  const [busy, setBusy] = useState(false);

  async function make(kind: DownloadKind) {
    setBusy(true);
    try {
      const office = await import('@chitieu/office');
      const evaluations = evaluateDataset(props.dataset);
      let bytes: Uint8Array;
      let type: string;
      let name: string;
      if (kind === 'docx') {
        bytes = await office.writeDocx(props.dataset, evaluations, { locale, year: props.year });
        type = office.DOCX_MIME;
        name = `${props.fileName}.docx`;
      } else if (kind === 'xlsx') {
        bytes = await office.writeWorkbook(props.dataset, evaluations, { locale });
        type = office.XLSX_MIME;
        name = `${props.fileName}.xlsx`;
      } else if (kind === 'template') {
        bytes = await office.writeTemplate({ locale, year: String(Number(props.year) + 1), indicators: props.dataset });
        type = office.XLSX_MIME;
        name = `${locale === 'vi' ? 'mau-nhap' : 'template'}-${Number(props.year) + 1}.xlsx`;
      } else {
        bytes = new TextEncoder().encode(office.writeCsv(props.dataset));
        type = office.CSV_MIME;
        name = `${props.fileName}.csv`;
      }
      props.onFile?.({ name, type, bytes });
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.rel = 'noopener';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      const size = formatNumber(String(bytes.length), { locale });
      setStatus(t({ vi: `Đã tạo ${name} (${size} byte).`, en: `Made ${name} (${size} bytes).` }));
    } catch (error) {
      setStatus(t({ vi: 'Không tạo được tệp: ', en: 'Could not make the file: ' }) + String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="pg-stack" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="pg-h2">
        {t({ vi: 'Tải xuống', en: 'Download' })}
      </h2>
      <div className="pg-toolbar">
        <button type="button" className="pg-button" disabled={busy} onClick={() => void make('docx')}>
          {t({ vi: 'Báo cáo Word (.docx)', en: 'Word report (.docx)' })}
        </button>
        <button type="button" className="pg-button" disabled={busy} onClick={() => void make('xlsx')}>
          {t({ vi: 'Bảng Excel (.xlsx)', en: 'Excel table (.xlsx)' })}
        </button>
        <button type="button" className="pg-button" disabled={busy} onClick={() => void make('csv')}>
          CSV
        </button>
        <button type="button" className="pg-button" disabled={busy} onClick={() => void make('template')}>
          {t({ vi: 'Mẫu nhập số liệu (.xlsx)', en: 'Template to fill in (.xlsx)' })}
        </button>
      </div>
      <p role="status" className="pg-muted">
        {status}
      </p>
    </section>
  );
}
