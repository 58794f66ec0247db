import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DataEditor } from '../../src/data-editor/DataEditor';
import { AllocationPlanner } from '../../src/planning/AllocationPlanner';
import { DatasetTable, ExcelImport } from '../../src/planning/ExcelImport';
import { exampleUserWorkbook } from '../../src/planning/example-workbook';
import { OfficeDownloads } from '../../src/planning/OfficeDownloads';
import { PrintReport } from '../../src/planning/PrintReport';
import { thanhHoa2020 } from '../../src/thanh-hoa/data';

/**
 * The planning cycle end to end: the province's plan split exactly across months and districts
 * (`allocate` in `@chitieu/core`), units' figures taken from Excel, and the year-end report
 * published as Word, Excel, CSV and print (`@chitieu/office`).
 */
const meta = {
  title: 'Planning',
  id: 'planning',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const isEn = (globals: Record<string, unknown>): boolean => globals['locale'] === 'en';

/** 3.745 tỷ đồng over 12 months by an example seasonal profile, with year-to-date totals. */
export const AllocateByMonth: Story = {
  name: 'Allocate the 2021 plan by month',
  render: () => <AllocationPlanner by="months" />,
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const en = isEn(globals);
    const rows = canvas.getAllByRole('row');
    // header + 12 months + total
    await expect(rows).toHaveLength(14);
    /** The cells of the row whose header is `label`: [share, plan, year to date]. */
    const cells = (label: string) =>
      [...(canvas.getByRole('rowheader', { name: label }).closest('tr')?.querySelectorAll('td') ?? [])].map(
        (td) => td.textContent,
      );
    const december = en ? 'December' : 'Tháng 12';
    const january = en ? 'January' : 'Tháng 1';
    // 3745 × 12 % = 449.4 → 449; the year to date ends exactly at the plan.
    await expect(cells(december)).toEqual(['12', '449', en ? '3,745' : '3.745']);
    await expect(cells(january)).toEqual(['7', '262', '262']);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      en ? /add up to exactly the year plan of 3,745/ : /cộng lại đúng bằng kế hoạch năm 3.745/,
    );
    await step('one decimal: still exact; the spare tenth goes to the larger of two equal remainders', async () => {
      await userEvent.selectOptions(
        canvas.getByRole('combobox', { name: en ? /Decimals/ : /Số chữ số thập phân/ }),
        '1',
      );
      // 262.15 (January, 7 %) and 337.05 (October, 9 %) tie at half a tenth: October gets it.
      await expect(cells(january)[1]).toBe(en ? '262.1' : '262,1');
      await expect(cells(en ? 'October' : 'Tháng 10')[1]).toBe(en ? '337.1' : '337,1');
      await expect(canvas.getByRole('status')).toHaveTextContent('✓');
    });
  },
};

/** By population of each district (illustrative populations, clearly labelled as examples). */
export const AllocateByDistrict: Story = {
  name: 'Allocate the 2021 plan by district',
  render: () => <AllocationPlanner by="districts" />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const en = isEn(globals);
    await expect(canvas.getByText(en ? /illustrative example figures/ : /số ví dụ minh hoạ/)).toBeInTheDocument();
    // 3745 × 480000 / 3650000 = 492.49… → 492
    await expect(canvas.getByRole('row', { name: en ? /Thanh Hóa City/ : /TP\. Thanh Hóa/ })).toHaveTextContent('492');
    await expect(canvas.getByRole('status')).toHaveTextContent('✓');
  },
};

/** Upload a workbook; the example is kept the way a district office keeps it, with two bad cells. */
export const ExcelImportStory: Story = {
  name: 'Excel import',
  render: () => <ExcelImport example={exampleUserWorkbook} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const en = isEn(globals);
    await userEvent.click(canvas.getByRole('button', { name: en ? 'Use the example file' : 'Dùng tệp ví dụ' }));
    // (the workbook reader loads on first use: 9–10 s on a busy 2-core machine, so a 30 s bound)
    await waitFor(
      () =>
        expect(canvas.getByRole('status')).toHaveTextContent(en ? /2 cells could not be read/ : /2 ô không đọc được/),
      {
        timeout: 30_000,
      },
    );
    const [issues] = canvas.getAllByRole('table');
    if (!issues) throw new Error('no issue table');
    await expect(issues).toHaveTextContent('Biểu 01');
    await expect(issues).toHaveTextContent('E12');
    await expect(issues).toHaveTextContent('E13');
    await expect(canvasElement.textContent).toContain('thue-bao-cap-quang');
  },
};

/** Word, Excel, CSV and the template, made in the browser. */
export const Downloads: Story = {
  name: 'Download Word, Excel, CSV, template',
  render: () => <OfficeDownloads dataset={thanhHoa2020} fileName="thanh-hoa-2020" year="2020" />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const en = isEn(globals);
    await userEvent.click(canvas.getByRole('button', { name: 'CSV' }));
    await waitFor(
      () =>
        expect(canvas.getByRole('status')).toHaveTextContent(
          en ? /Made thanh-hoa-2020\.csv/ : /Đã tạo thanh-hoa-2020\.csv/,
        ),
      {
        timeout: 10_000,
      },
    );
    await userEvent.click(canvas.getByRole('button', { name: en ? 'Word report (.docx)' : 'Báo cáo Word (.docx)' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/thanh-hoa-2020\.docx/), {
      timeout: 15_000,
    });
  },
};

/** The dashboard's cards and the report on A4: print it (Ctrl+P) or see the PDF test. */
export const PrintA4: Story = {
  name: 'Print / A4',
  render: (_args, { globals }) => <PrintReport locale={isEn(globals) ? 'en' : 'vi'} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const en = isEn(globals);
    const table = canvas.getByRole('table');
    await expect(table).toHaveTextContent(en ? '1,800,000' : '1.800.000');
    await expect(table).toHaveTextContent(en ? '105.88%' : '105,88%');
    await expect(canvas.getAllByRole('article').length).toBeGreaterThanOrEqual(4);
  },
};

/** The data editor takes a workbook too: its dataset lands in the editor, its unreadable cells in an alert. */
export const DataEditorReadsExcel: Story = {
  name: 'Data editor reads .xlsx',
  render: () => <DataEditor renderDataset={(dataset) => <DatasetTable dataset={dataset} />} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const en = isEn(globals);
    const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await userEvent.upload(input, new File([(await exampleUserWorkbook()) as BlobPart], 'bieu-01.xlsx'));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Biểu 01!E12'), { timeout: 10_000 });
    await expect(canvas.getByRole('alert')).toHaveTextContent('Biểu 01!E13');
    await waitFor(() =>
      expect(
        canvas.getByText(en ? /^Valid \(JSON\): 6 indicators/ : /^Hợp lệ \(JSON\): 6 chỉ tiêu/),
      ).toBeInTheDocument(),
    );
    await expect(canvas.getByTestId('result')).toHaveTextContent('thue-bao-cap-quang');
  },
};
