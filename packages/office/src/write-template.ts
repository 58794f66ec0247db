import type { Dataset } from '@chitieu/core';
import ExcelJS from 'exceljs';
import { encodeDataSheet } from './data-sheet';
import { LABELS, langOf } from './labels';
import { addReportSheet } from './write-workbook';

/** Options of {@link writeTemplate}. */
export interface WriteTemplateOptions {
  /** `vi` (default) or `en`. */
  readonly locale?: string | undefined;
  /** The year the units will report (default: the current year). */
  readonly year?: string | undefined;
  /**
   * Indicators to list, with empty figure cells (the department's own list); without it, an
   * example sector with two rows shows the layout.
   */
  readonly indicators?: Pick<Dataset, 'title' | 'indicators'> | undefined;
}

const INSTRUCTIONS = {
  vi: [
    'Cách điền mẫu',
    '1. Mỗi dòng là một chỉ tiêu. Dòng nhóm ghi số La Mã ở cột STT (I, II, …) và không có số liệu.',
    '2. Dòng "trong đó" (chỉ tiêu thành phần) thụt lề ở cột Chỉ tiêu, hoặc bắt đầu bằng "Trong đó:".',
    '3. Ghi số dạng số (không phải chữ). Nếu ghi dạng chữ, dùng dấu phẩy thập phân và dấu chấm phân nhóm: 3.630; 100,6.',
    '4. % KH và So cùng kỳ: ghi theo báo cáo (100,6%); để trống nếu tính từ Kế hoạch và Thực hiện.',
    '5. Ô không có số liệu: để trống hoặc ghi "-".',
    '6. Đơn vị tính: tỷ đồng, triệu tờ, thuê bao, %, dịch vụ, hồ sơ, … (số lượng theo đơn vị này).',
    '7. Không đổi tên các cột; có thể thêm dòng. Cột Mã để trống thì mã được tạo từ tên chỉ tiêu.',
  ],
  en: [
    'How to fill in the template',
    '1. One row per indicator. Sector rows carry a roman numeral in the No. column (I, II, …) and no figures.',
    '2. "Of which" rows (components) are indented in the Indicator column, or start with "Of which:".',
    '3. Enter figures as numbers, not text. As text, use the workbook language: 3,630 and 100.6 in English.',
    '4. % of plan and vs same period: as the report states them (100.6%); leave empty when plan and actual give them.',
    '5. A figure that does not exist: leave the cell empty or write "-".',
    '6. Unit: billion VND, million copies, subscribers, %, services, … (figures are in this unit).',
    '7. Keep the column headers; add rows freely. An empty Id is made from the indicator name.',
  ],
};

/**
 * A workbook for units to fill in: the same table as {@link writeWorkbook} (title, two header
 * rows for the year, sector rows, "trong đó" rows indented) with empty figure cells, and a sheet
 * of instructions. {@link readWorkbook} reads a filled-in template back; the indicators given
 * keep their ids, units and scales through a hidden sheet.
 *
 * @example
 * const bytes = await writeTemplate({ locale: 'vi', year: '2021', indicators: dataset });
 */
export async function writeTemplate(options: WriteTemplateOptions = {}): Promise<Uint8Array> {
  const lang = langOf(options.locale ?? 'vi');
  const year = options.year ?? String(new Date().getFullYear());
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '@chitieu/office';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const dataset: Dataset = options.indicators
    ? { title: options.indicators.title, indicators: options.indicators.indicators, observations: [] }
    : {
        title: lang === 'vi' ? `Báo cáo kết quả thực hiện chỉ tiêu năm ${year}` : `Indicator results, ${year}`,
        indicators: [
          {
            id: 'revenue',
            name: { vi: 'Tổng doanh thu toàn ngành', en: 'Total sector revenue' },
            unit: { code: 'VND', kind: 'currency', words: { vi: 'đồng', en: 'VND' } },
            scale: 9,
            direction: 'higher-is-better',
            targetKind: 'point',
            decimals: 0,
            percentDecimals: 1,
            aggregation: 'sum',
            group: { vi: 'Toàn ngành', en: 'Whole sector' },
          },
          {
            id: 'phone-subscribers',
            name: { vi: 'Thuê bao điện thoại', en: 'Telephone subscribers' },
            unit: {
              code: 'subscriber',
              kind: 'count',
              words: { vi: 'thuê bao', en: { one: 'subscriber', other: 'subscribers' } },
            },
            scale: 0,
            direction: 'higher-is-better',
            targetKind: 'point',
            decimals: 0,
            percentDecimals: 2,
            aggregation: 'sum',
            group: { vi: 'Bưu chính, viễn thông', en: 'Post and telecommunications' },
          },
        ],
        observations: [],
      };
  addReportSheet(workbook, dataset, [], { lang, period: year, sheetName: LABELS[lang].templateSheet, summary: false });
  const help = workbook.addWorksheet(LABELS[lang].instructions);
  help.getColumn(1).width = 120;
  INSTRUCTIONS[lang].forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { name: 'Times New Roman', size: 12, bold: i === 0 };
    cell.alignment = { wrapText: true };
  });
  if (options.indicators) encodeDataSheet(workbook, dataset, year);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
