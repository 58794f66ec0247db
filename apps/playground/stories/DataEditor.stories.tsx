import { ReportSummary, Scorecard } from '@chitieu/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DataEditor } from '../src/data-editor/DataEditor';
import { EXAMPLE_CSV, EXAMPLE_CSV_VI, EXAMPLE_JSON } from '../src/data-editor/examples';
import { CsvColumnsTable } from '../src/docs/CsvColumnsTable';
import { expectNoHorizontalOverflow, expectPhoneWidth } from '../src/testing/layout';

const meta = {
  title: 'Data editor',
  component: DataEditor,
  args: {
    initialText: EXAMPLE_JSON,
    initialFormat: 'auto',
    initialNumbers: 'machine',
    renderDataset: (dataset) => (
      <div className="pg-stack">
        <ReportSummary dataset={dataset} detail={false} />
        <Scorecard dataset={dataset} defaultExpanded="all" height={360} />
      </div>
    ),
  },
  argTypes: {
    initialText: { control: 'text' },
    initialFormat: { control: 'inline-radio', options: ['auto', 'json', 'csv'] },
    initialNumbers: { control: 'inline-radio', options: ['machine', 'vi', 'en'] },
    renderDataset: { table: { disable: true } },
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof DataEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The Vietnamese or the English text, after the toolbar's locale. */
const say = (globals: Record<string, unknown>, vi: string, en: string): string =>
  globals['locale'] === 'en' ? en : vi;

/**
 * The Vietnamese UI shows no English developer message: no error code, no English sentence
 * (`Cannot read…`, `needs parseNumber(text, locale)`), whatever the core said.
 */
async function expectNoEnglish(element: HTMLElement, globals: Record<string, unknown>): Promise<void> {
  if (globals['locale'] === 'en') return;
  await expect(element.textContent).not.toMatch(
    /\b(INVALID_[A-Z]+|UNKNOWN_[A-Z]+|Cannot|Unknown|Malformed|Expected|needs|must|the|is|got|number|column|row|line)\b/,
  );
}

/** Replace the editor's text the way a user pastes: userEvent.type would read `{` as a key name. */
async function replaceText(canvas: ReturnType<typeof within>, text: string): Promise<void> {
  const box = canvas.getByRole('textbox', { name: /Dữ liệu|Data/ });
  await userEvent.clear(box);
  await userEvent.click(box);
  await userEvent.paste(text);
}

export const ValidJson: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent(/3 (chỉ tiêu|indicators)/);
    await expect(canvas.getByTestId('result')).toBeInTheDocument();
  },
};

export const ValidCsv: Story = {
  args: { initialText: EXAMPLE_CSV },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent(/CSV.*5 (chỉ tiêu|indicators)/);
  },
};

/** Excel in Vietnamese: semicolons between columns, `3.630`, `2.890.000` and `100,6`. */
export const VietnameseCsv: Story = {
  name: 'CSV with Vietnamese numbers',
  args: { initialText: EXAMPLE_CSV_VI, initialNumbers: 'vi' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent(/CSV.*5 (chỉ tiêu|indicators)/);
    await expect(canvas.getByRole('combobox', { name: /Số trong CSV|CSV numbers/ })).toHaveValue('vi');
  },
};

export const PasteVietnameseCsv: Story = {
  name: 'Paste a Vietnamese CSV, choose its numbers',
  args: { initialText: '' },
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const numbers = canvas.getByRole('combobox', { name: /Số trong CSV|CSV numbers/ });
    const csv =
      'indicator;period;name_vi;unit;scale;actual;target;stated_completion\nrevenue;2020;Doanh thu;VND;9;3.630;3.608;100,6\n';
    await step('paste it as machine numbers: refused, never misread', async () => {
      await expect(numbers).toHaveValue('machine');
      await replaceText(canvas, csv);
      const issues = await canvas.findByTestId('issues');
      await expect(issues).toHaveTextContent(say(globals, 'dòng 2 › stated_completion', 'row 2 › stated_completion'));
      await expect(issues).toHaveTextContent(
        say(globals, 'chọn “Số trong CSV” là Tiếng Việt hoặc Tiếng Anh', 'choose Vietnamese or English numbers'),
      );
      await expectNoEnglish(issues, globals);
    });
    await step('choose Vietnamese numbers with the keyboard', async () => {
      // The control is reached with Tab from the format control (a native select: the arrow keys
      // and type-ahead choose in it); then the Vietnamese style is chosen.
      canvas.getByRole('combobox', { name: /Định dạng|Format/ }).focus();
      await userEvent.tab();
      await expect(numbers).toHaveFocus();
      await userEvent.selectOptions(numbers, 'vi');
      await expect(numbers).toHaveValue('vi');
      await waitFor(() => expect(canvas.getByTestId('result')).toBeInTheDocument());
      await expect(canvas.getByRole('status')).toHaveTextContent(/1 (chỉ tiêu|indicators)/);
      // 3.630 tỷ is read as 3630 (billions) of a plan of 3608: 100.6%, shown in the toolbar's locale.
      await expect(within(canvas.getByTestId('result')).getByRole('table')).toHaveTextContent(/100[,.]6/);
      await expect(within(canvas.getByTestId('result')).getByRole('table')).toHaveTextContent(/3[.,]630/);
    });
    await step('a number that is not Vietnamese is an issue with its row and column', async () => {
      await replaceText(canvas, `${csv}revenue;2021;;;;1.5;3.745;\n`);
      const issues = await canvas.findByTestId('issues');
      await expect(issues).toHaveTextContent(say(globals, 'dòng 3 › actual', 'row 3 › actual'));
      await expect(issues).toHaveTextContent(
        say(globals, '"1.5" không phải số viết kiểu Việt', 'for a decimal write "1,5"'),
      );
      await expectNoEnglish(issues, globals);
      await expect(canvas.queryByTestId('result')).toBeNull();
    });
  },
};

export const Empty: Story = { args: { initialText: '' } };

export const MalformedJson: Story = {
  args: { initialText: '{\n  "title": "Hỏng",\n  "indicators": [,]\n}' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const issues = await canvas.findByTestId('issues');
    await expect(issues).toHaveTextContent(say(globals, 'json › dòng 3, cột 18', 'json › line 3, column 18'));
    await expect(issues).toHaveTextContent(say(globals, 'JSON sai cú pháp', 'Malformed JSON'));
    await expectNoEnglish(issues, globals);
    await expect(canvas.queryByTestId('result')).toBeNull();
  },
};

export const WrongCsvColumn: Story = {
  args: { initialText: 'indicator,period,name_vi,unit,actaul\nrevenue,2020,Doanh thu,VND,3630\n' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const issues = await canvas.findByTestId('issues');
    await expect(issues).toHaveTextContent(say(globals, 'cột 5 "actaul"', 'column 5 "actaul"'));
    await expect(issues).toHaveTextContent(
      say(globals, 'Cột "actaul" không có trong bố cục', 'Unknown column "actaul"'),
    );
    await expectNoEnglish(issues, globals);
  },
};

export const InvalidValues: Story = {
  name: 'Invalid values (every issue with its path)',
  args: {
    initialText: JSON.stringify(
      {
        title: 'x',
        indicators: [{ id: 'a', name: 'A', unit: 'no-such-unit' }],
        observations: [{ indicator: 'a', period: '2020-Q5', actual: '3.630,5', target: { min: '5', max: '4' } }],
      },
      null,
      2,
    ),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const issues = await canvas.findByTestId('issues');
    await expect(issues).toHaveTextContent('$.indicators[0].unit');
    await expect(issues).toHaveTextContent('$.observations[0].period');
    await expect(issues).toHaveTextContent('$.observations[0].actual');
    // the core's English messages are said in Vietnamese by their code, with the value quoted
    await expect(issues).toHaveTextContent(say(globals, 'Kỳ không hợp lệ', '2020-Q5'));
    await expect(issues).toHaveTextContent(say(globals, 'Không phải số hợp lệ ("3.630,5")', '3.630,5'));
    await expectNoEnglish(issues, globals);
  },
};

export const TypingFixesTheData: Story = {
  name: 'Paste: malformed, then fixed',
  args: { initialText: '' },
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    await step('paste malformed JSON', async () => {
      await replaceText(canvas, '{"title": "x", "indicators": [}');
      await expect(await canvas.findByTestId('issues')).toHaveTextContent(
        say(globals, 'JSON sai cú pháp', 'Malformed JSON'),
      );
    });
    await step('paste a CSV with a bad number in row 3', async () => {
      await replaceText(canvas, 'indicator,period,name_vi,unit,actual\na,2020,A,VND,1\na,2021,,,abc\n');
      await expect(await canvas.findByTestId('issues')).toHaveTextContent(
        say(globals, 'dòng 3 › actual', 'row 3 › actual'),
      );
    });
    await step('fix it and see the data', async () => {
      await replaceText(canvas, 'indicator,period,name_vi,unit,actual,target\na,2020,A,VND,1,2\na,2021,,,3,2\n');
      await waitFor(() => expect(canvas.getByTestId('result')).toBeInTheDocument());
      await expect(canvas.getByRole('status')).toHaveTextContent(/2 (số liệu|observations)/);
      // The scorecard shows the new data: row 2020 of "a" is 1 of a plan of 2.
      await expect(within(canvas.getByTestId('result')).getByRole('table')).toHaveTextContent('50');
    });
  },
};

export const MarkupIsText: Story = {
  name: 'Pasted markup stays text',
  args: {
    initialText: JSON.stringify({
      title: '<img src=x onerror="window.__pwned=1">',
      indicators: [{ id: 'a', name: '<script>window.__pwned=1</script>', unit: 'VND' }],
      observations: [{ indicator: 'a', period: '2020', actual: '1' }],
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const result = await canvas.findByTestId('result');
    await expect(result.querySelector('img, script')).toBeNull();
    await expect(result).toHaveTextContent('<script>window.__pwned=1</script>');
    await expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  },
};

export const HugeNumber: Story = {
  name: 'A number too large to expand',
  args: {
    initialText:
      '{"title":"x","indicators":[{"id":"a","name":"A","unit":"VND"}],"observations":[{"indicator":"a","period":"2020","actual":"1e999999999"}]}',
  },
  play: async ({ canvasElement, globals }) => {
    const issues = await within(canvasElement).findByTestId('issues');
    await expect(issues).toHaveTextContent(say(globals, 'Số quá lớn', 'exponent beyond'));
  },
};

export const ThanhHoaFile: Story = {
  name: 'The Thanh Hóa 2020 dataset file',
  args: { initialText: '' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Thanh Hóa 2020' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/14 (chỉ tiêu|indicators)/));
  },
};

export const UploadCsv: Story = {
  name: 'Upload a CSV file',
  args: { initialText: '' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const file = new File([EXAMPLE_CSV], 'thanh-hoa.csv', { type: 'text/csv' });
    await userEvent.upload(canvas.getByLabelText(/Tải tệp lên|Upload a file/), file);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/CSV.*5 (chỉ tiêu|indicators)/));
    await expect(canvas.getByRole('combobox', { name: /Định dạng|Format/ })).toHaveValue('csv');
    await expect(within(canvas.getByTestId('result')).getByRole('table')).toHaveTextContent('thanh-hoa.csv');
  },
};

export const ColumnLayout: Story = {
  name: 'CSV column layout',
  render: () => <CsvColumnsTable />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('row').length).toBeGreaterThan(30);
  },
};

/** The editor on a 390 px phone: the toolbar wraps, nothing is cut off. */
export const OnAPhone: Story = {
  name: 'On a phone (390 px)',
  globals: { viewport: { value: 'phone', isRotated: false } },
  args: { initialText: EXAMPLE_CSV_VI, initialNumbers: 'vi' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByTestId('result')).toBeInTheDocument();
    await expectPhoneWidth();
    await expectNoHorizontalOverflow();
  },
};

/**
 * The text box renders Vietnamese in monospace without broken diacritics (`kê ́hoạch`): in its
 * font every Vietnamese letter keeps its marks inside its own cell. DejaVu Sans Mono (the usual
 * Linux default) has no ế or ồ: Chromium composes them from ê and a combining accent that lands
 * in the next cell (ink 14.8 px right of a 7.8 px cell) — the bug this test catches.
 */
export const MonospaceVietnamese: Story = {
  name: 'Monospace Vietnamese (diacritics)',
  args: {
    initialText: 'chỉ tiêu;kỳ;thực hiện;kế hoạch;đơn vị tính\nTỷ lệ hồ sơ trực tuyến;2020;56,35;50;%\n',
    initialNumbers: 'vi',
  },
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('textbox', { name: /Dữ liệu|Data/ });
    await document.fonts.ready;
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no canvas');
    context.font = getComputedStyle(box).font;
    const drift = [...'ếồệộữằẵẫỡợựỹđạỳắấ'].filter((letter) => {
      const m = context.measureText(letter);
      return m.actualBoundingBoxRight > m.width + 1.5 || m.actualBoundingBoxLeft > 1.5;
    });
    await expect(drift).toEqual([]);
  },
};

/**
 * A CSV as a Vietnamese analyst writes it: Vietnamese headers and unit words, Vietnamese
 * numbers. Read without a single problem (it used to give 8 and refuse `tỷ đồng`).
 */
export const VietnameseHeaders: Story = {
  name: 'CSV with Vietnamese headers and unit words',
  args: {
    initialText:
      'chỉ tiêu;kỳ;thực hiện;kế hoạch;đơn vị tính\nTổng doanh thu toàn ngành;2020;3.630;3.608;tỷ đồng\nThuê bao điện thoại;2020;2.890.000;2.870.766;thuê bao\nTỷ lệ hồ sơ trực tuyến mức độ 3;2020;56,35;50;%\n',
    initialNumbers: 'vi',
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent(
      say(
        globals,
        'Hợp lệ (CSV, số: Tiếng Việt): 3 chỉ tiêu, 3 số liệu.',
        'Valid (CSV, numbers: Vietnamese): 3 indicators, 3 observations.',
      ),
    );
    const table = within(await canvas.findByTestId('result')).getByRole('table');
    // 3.630 tỷ đồng of a plan of 3.608: read with its scale, in the toolbar's locale
    await expect(table).toHaveTextContent(say(globals, '3.630', '3,630'));
    await expect(table).toHaveTextContent(say(globals, 'tỷ đồng', 'billion VND'));
  },
};
