import {
  auditStatements,
  type Extracted,
  extractReport,
  type Finding,
  type Statement,
  type Unread,
} from '@chitieu/core/extract';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type CSSProperties, type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { useT } from '../src/globals';
import { StatementTable } from '../src/report-reader/StatementTable';

/**
 * Paste report prose and see what `@chitieu/core/extract` reads: the statements highlighted in
 * the text (hover a part for the rule that read it), the extracted table, and what
 * `auditStatements` finds. The text's language is chosen beside the text (and is the story's
 * `textLocale` argument): the toolbar changes only the interface.
 */

/** The data paragraphs of the seed report (Sở TT&TT Thanh Hóa, year-end review 2020). */
const SEED = `Tổng kết công tác Thông tin và Truyền thông năm 2020

So với năm 2019, nhiều chỉ tiêu phát triển Ngành TT&TT năm 2020 có chuyển biến tích cực. Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch giao, nộp ngân sách Nhà nước 200 tỷ đồng; Phát hành báo chí đạt 18 triệu tờ, cuốn, đạt 100% kế hoạch giao; Tổng số thuê bao điện thoại trên toàn mạng đạt 2.890.000 thuê bao, bằng 100,67% so với kế hoạch giao; Thuê bao internet băng thông rộng trên toàn mạng đạt 1.800.000 thuê bao, đạt mật độ 49,8 thuê bao/100 dân, bằng 105,88% kế hoạch giao; Thời lượng phát sóng của Đài Phát thanh - Truyền hình Thanh Hóa duy trì bình quân 14 giờ/01 ngày, số giờ tự sản xuất bình quân 8 giờ/1 ngày, trong đó số giờ tự sản xuất bình quân 7 giờ/1 ngày, bằng 100% so với cùng kỳ; Cổng dịch vụ công trực tuyến của tỉnh cung cấp 174 dịch vụ công mức độ 3; 628 dịch vụ công mức độ 4, tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến mức độ 3 đạt 56,35%, mức độ 4 đạt 57,53% (số hồ sơ tiếp nhận trực tuyến mức độ 3, mức độ 4 năm 2020 tăng 51 lần so với năm 2019). Cổng dịch vụ công của tỉnh đã tích hợp 615 dịch vụ công trực tuyến trên Cổng dịch vụ công Quốc gia (đứng thứ 3 toàn quốc).

Năm 2021 Ngành TT&TT Thanh Hóa đặt ra mục tiêu đó là: Sản lượng phát hành báo chí ước đạt 18 triệu tờ (cuốn); Thuê bao điện thoại trên mạng đạt 2.916.000 thuê bao, mật độ thuê bao điện thoại đạt 80,00 máy/100 dân; phát triển số thuê bao Internet băng thông rộng đạt 1.830.000 thuê bao, đạt mật độ 50,60 thuê bao/100 dân. Phấn đấu doanh thu toàn ngành đạt 3.745 tỷ đồng.`;

const ENGLISH = `In 2020, total revenue of the sector was estimated at VND 3,630 billion, reaching 100.6% of the annual plan. Broadband subscribers reached 1.8 million, a density of 49.8 per 100 inhabitants, equal to 105.88% of the plan. Mobile subscribers totalled 2,890,000, up 2.1% year on year; of which 4G subscribers numbered 3,100,000. The province ranked 3rd nationwide in online public services. In 2021, the sector aims to reach revenue of VND 6,000 billion.`;

type Part = 'name' | 'value' | 'completion' | 'change' | 'density' | 'rank' | 'period' | 'unread';
const PRIORITY: readonly Part[] = ['unread', 'value', 'completion', 'change', 'density', 'rank', 'period', 'name'];
// Light backgrounds with dark text in both themes: contrast holds whatever the page colour.
const COLOURS: Record<Part, string> = {
  name: '#dbe9ff',
  value: '#d7f5dd',
  completion: '#fff0c2',
  change: '#f6dcff',
  density: '#d4f3f3',
  rank: '#ffe2cc',
  period: '#ececec',
  unread: '#ffd6d6',
};
const LABELS: Record<Part, { vi: string; en: string }> = {
  name: { vi: 'tên chỉ tiêu', en: 'indicator name' },
  value: { vi: 'giá trị', en: 'value' },
  completion: { vi: 'tỷ lệ hoàn thành', en: 'completion' },
  change: { vi: 'so sánh', en: 'change' },
  density: { vi: 'mật độ', en: 'density' },
  rank: { vi: 'xếp hạng', en: 'rank' },
  period: { vi: 'kỳ', en: 'period' },
  unread: { vi: 'chưa đọc được', en: 'not read' },
};
const markStyle = (part: Part): CSSProperties => ({
  background: COLOURS[part],
  color: '#111',
  borderRadius: 2,
  padding: '0 1px',
});

/** The unread reasons that name text the extractor saw and could not read. */
const PAINTED_UNREAD: ReadonlySet<Unread['reason']> = new Set([
  'invalid-number',
  'unrecognised-figure',
  'percent-without-base',
]);

/** Every highlighted part of a statement, with the rule that read it. */
function parts(s: Statement): { part: Part; field: Pick<Extracted<unknown>, 'span' | 'rule'> }[] {
  const out: { part: Part; field: Pick<Extracted<unknown>, 'span' | 'rule'> }[] = [];
  const add = (part: Part, field: Pick<Extracted<unknown>, 'span' | 'rule'> | undefined) => {
    if (field && field.span.end > field.span.start) out.push({ part, field });
  };
  add('name', s.name);
  add('name', s.subject);
  add('value', s.value);
  add('completion', s.completion);
  for (const c of s.changes) add('change', c);
  add('density', s.density);
  add('rank', s.rank);
  if (s.period && s.period.span.start >= s.span.start && s.period.span.end <= s.span.end) add('period', s.period);
  // Only text nothing could read is painted `not read`: an absence (no period, no name, a change
  // with no base) has no text of its own — its span is the whole statement, which would hide what
  // was read — and is listed in the table's `Not read` column instead.
  for (const u of s.unread) if (PAINTED_UNREAD.has(u.reason)) add('unread', { span: u.span, rule: u.reason });
  return out;
}

/** The text cut into runs, each run with the most specific part covering it. */
function Highlighted(props: { readonly text: string; readonly statements: readonly Statement[] }): ReactNode {
  const { text, statements } = props;
  const t = useT();
  const runs = useMemo(() => {
    const at: ({ part: Part; title: string; statement: number } | undefined)[] = new Array(text.length);
    for (const s of statements) {
      for (const { part, field } of parts(s)) {
        for (let i = field.span.start; i < field.span.end; i++) {
          const current = at[i];
          if (!current || PRIORITY.indexOf(part) < PRIORITY.indexOf(current.part)) {
            at[i] = { part, title: `#${s.index + 1} · ${part} · ${field.rule}`, statement: s.index };
          }
        }
      }
    }
    const out: { from: number; to: number; mark?: { part: Part; title: string; statement: number } | undefined }[] = [];
    for (let i = 0; i < text.length; i++) {
      const last = out[out.length - 1];
      const mark = at[i];
      if (last && last.mark?.title === mark?.title) last.to = i + 1;
      else out.push({ from: i, to: i + 1, mark });
    }
    return out;
  }, [text, statements]);
  return (
    <div>
      <p className="pg-muted" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {PRIORITY.map((part) => (
          <span key={part} style={markStyle(part)}>
            {t(LABELS[part])}
          </span>
        ))}
      </p>
      <div data-testid="highlighted" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.7 }}>
        {runs.map((r) =>
          r.mark ? (
            <mark key={r.from} style={markStyle(r.mark.part)} title={r.mark.title} data-part={r.mark.part}>
              {text.slice(r.from, r.to)}
            </mark>
          ) : (
            <span key={r.from}>{text.slice(r.from, r.to)}</span>
          ),
        )}
      </div>
    </div>
  );
}

function Findings(props: { readonly findings: readonly Finding[] }): ReactNode {
  const t = useT();
  if (props.findings.length === 0) {
    return <p data-testid="findings">{t({ vi: 'Không có số liệu nào mâu thuẫn.', en: 'No numbers disagree.' })}</p>;
  }
  return (
    <ul data-testid="findings" className="pg-stack">
      {props.findings.map((f) => (
        <li key={`${f.kind}-${f.statements.join('-')}`}>
          <strong>{f.kind}</strong> ({f.statements.map((i) => `#${i + 1}`).join(', ')}): {t(f.message)}
          <br />
          <code className="pg-muted">{f.computation.text}</code>
        </li>
      ))}
    </ul>
  );
}

/** Paste, read, highlight, audit. */
function ReportReader(props: { readonly initialText: string; readonly textLocale: 'vi' | 'en' }): ReactNode {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(props.initialText);
  const [lang, setLang] = useState(props.textLocale);
  useEffect(() => setLang(props.textLocale), [props.textLocale]);
  const result = useMemo(() => {
    try {
      const reading = extractReport(text, { locale: lang });
      return { reading, findings: auditStatements(reading.statements) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [text, lang]);
  return (
    <div className="pg-stack">
      <label htmlFor={id}>{t({ vi: 'Văn bản báo cáo', en: 'Report text' })}</label>
      <textarea
        id={id}
        lang={lang}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={8}
        style={{ width: '100%' }}
      />
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend>{t({ vi: 'Ngôn ngữ của văn bản', en: 'Language of the text' })}</legend>
        {(['vi', 'en'] as const).map((l) => (
          <label key={l} style={{ marginInlineEnd: '1.25rem', whiteSpace: 'nowrap' }}>
            <input type="radio" name={`${id}-lang`} value={l} checked={lang === l} onChange={() => setLang(l)} />{' '}
            <span lang={l}>{l === 'vi' ? 'Tiếng Việt' : 'English'}</span>
          </label>
        ))}
      </fieldset>
      {'error' in result ? (
        <p role="alert">{result.error}</p>
      ) : (
        <>
          <section aria-label={t({ vi: 'Văn bản đã đánh dấu', en: 'Highlighted text' })}>
            <Highlighted text={text} statements={result.reading.statements} />
          </section>
          <section aria-label={t({ vi: 'Bảng chỉ tiêu', en: 'Statements' })} style={{ overflowX: 'auto' }}>
            <StatementTable reading={result.reading} />
          </section>
          <section aria-label={t({ vi: 'Kết quả kiểm tra', en: 'Audit findings' })}>
            <h2 className="pg-h2">{t({ vi: 'Kiểm tra số liệu', en: 'Audit' })}</h2>
            <Findings findings={result.findings} />
          </section>
        </>
      )}
    </div>
  );
}

const meta = {
  title: 'Report reader',
  component: ReportReader,
  args: { initialText: SEED, textLocale: 'vi' },
  argTypes: {
    initialText: { control: 'text' },
    textLocale: { control: 'inline-radio', options: ['vi', 'en'] },
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ReportReader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SeedReport: Story = {
  name: 'Seed report (Thanh Hóa 2020)',
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByTestId('statements');
    await expect(within(table).getAllByRole('row')).toHaveLength(19);
    await expect(canvas.getByTestId('findings')).toHaveTextContent(/densities-disagree/);
    await expect(canvas.getByTestId('findings')).toHaveTextContent(/3[.,]645[.,]000/);
    await expect(canvasElement.querySelector('mark[data-part="completion"]')).toHaveTextContent(
      'đạt 100,6% kế hoạch giao',
    );
    // The table speaks the reader's locale: no raw `3630000000000 VND`, rows numbered from 1.
    const vi = globals.locale !== 'en';
    const values = [...table.querySelectorAll('tbody tr > :nth-child(5)')].map((c) => c.textContent ?? '');
    await expect(values).toContain(vi ? '3.630 tỷ đồng (ước)' : '3,630 billion VND (est.)');
    await expect(values.join(' ')).not.toMatch(/3630000000000|\bVND\b.*\d{10}/);
    await expect(table).toHaveTextContent(vi ? /100,6% kế hoạch/ : /100\.6% of plan/);
    await expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('1');
    // A density read beside a count is shown with it, its number in the reader's locale.
    const densities = within(table)
      .getAllByTestId('density')
      .map((d) => d.textContent ?? '');
    await expect(densities).toContain(vi ? 'mật độ 49,8 thuê bao/100 dân' : 'density 49.8 thuê bao/100 dân');
    // A stated rank is shown in the comparison column, not only highlighted in the text.
    const ranks = within(table)
      .getAllByTestId('rank')
      .map((r) => r.textContent ?? '');
    await expect(ranks).toEqual([vi ? 'đứng thứ 3 toàn quốc' : 'ranked 3rd toàn quốc']);
  },
};

/** Figures whose role the text leaves open: shown as uncertain with the reason, never as read. */
export const UncertainReadings: Story = {
  name: 'Uncertain readings and what was not read',
  args: {
    initialText:
      'Vận tải, bưu điện, du lịch năm 2005 tăng 7,7% so với cùng kỳ (cùng kỳ năm trước tăng 7,3%). Xuất khẩu của khu vực FDI năm 2023 ước đạt 34,3 tỷ USD, chiếm 54,5%. Kim ngạch xuất khẩu năm 2022 đạt 3,26 tỷ USD, vượt tốc độ tăng trưởng theo kế hoạch đề ra là 8,42%.',
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByTestId('statements');
    const vi = globals.locale !== 'en';
    // A plan's figure in a results clause is uncertain, with its reason in words.
    const doubts = within(table).getAllByTestId('doubt');
    await expect(doubts.length).toBeGreaterThan(0);
    // `(cùng kỳ năm trước tăng 7,3%)` is last year's rate, not this statement's: uncertain, with why.
    await expect(table).toHaveTextContent(
      vi ? /7,3%[^⚠]*⚠︎ chưa chắc: số trong ngoặc/ : /7\.3%[^⚠]*⚠︎ uncertain: a bracketed figure/,
    );
    // Every unread part is listed with its reason.
    await expect(table).toHaveTextContent(
      vi ? /tỷ lệ % không nói so với kế hoạch hay kỳ nào/ : /a percentage with neither plan nor base/,
    );
    // Raw values are one click away, behind a button that says whether it is open.
    const button = within(table).getAllByRole('button')[0] as HTMLElement;
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(within(table).getAllByTestId('raw')[0]).toBeVisible();
    await expect(within(table).getAllByTestId('raw')[0]).toHaveTextContent('vi.change.rate');
  },
};

export const English: Story = {
  args: { initialText: ENGLISH, textLocale: 'en' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const findings = canvas.getByTestId('findings');
    await expect(findings).toHaveTextContent(/component-exceeds-total/);
    await expect(findings).toHaveTextContent(/implausible-growth/);
    // `ranked 3rd nationwide` is a row's comparison, in the reader's locale
    const vi = globals.locale !== 'en';
    await expect(within(canvas.getByTestId('statements')).getByTestId('rank')).toHaveTextContent(
      vi ? 'đứng thứ 3 nationwide' : 'ranked 3rd nationwide',
    );
  },
};

export const Pasting: Story = {
  name: 'Pasting a sentence (interaction)',
  args: { initialText: '' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('textbox');
    await userEvent.click(box);
    await userEvent.paste(
      'Doanh thu đạt 3.630 tỷ đồng, kế hoạch giao 3.500 tỷ đồng, đạt 100,6% kế hoạch. Giá trị sản xuất tăng 8,3%.',
    );
    await expect(within(canvas.getByTestId('statements')).getAllByRole('row')).toHaveLength(3);
    await expect(canvas.getByTestId('findings')).toHaveTextContent(/completion-mismatch/);
    await expect(canvas.getByTestId('statements')).toHaveTextContent(
      globals.locale === 'en' ? /a change with no base/ : /mức tăng\/giảm không nói so với kỳ nào/,
    );
  },
};

export const UncertainPeriod: Story = {
  name: 'An uncertain period is marked (interaction)',
  args: { initialText: '' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox'));
    // the month dates the futures contract, not the price's change: the period cell says so
    await userEvent.paste('Giá cà phê kỳ hạn tháng 12/2023 tăng 3,5%.');
    const period = canvas.getByTestId('statements').querySelector('tbody tr > :nth-child(4)');
    await expect(period).toHaveTextContent('2023-12');
    await expect(period?.querySelector('[data-confidence="uncertain"]')).not.toBeNull();
    await expect(within(period as HTMLElement).getByTestId('doubt')).toBeVisible();
  },
};

/** A target/actual reading the text leaves open is shown as uncertain, with its reason, like any field. */
export const UncertainKind: Story = {
  name: 'An uncertain target or actual is marked (interaction)',
  args: { initialText: '' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const vi = globals.locale !== 'en';
    await userEvent.click(canvas.getByRole('textbox'));
    // a forecast measured against last month: the month's estimated result or a target, not told — read
    // as the estimate (round 42), its kind doubted; a goal word keeps the next sentence's target certain
    await userEvent.paste(
      'Trong tháng, doanh thu dịch vụ lưu trú dự kiến đạt 850 tỷ đồng, tăng 4,2% so với tháng trước. Phấn đấu năm 2025 doanh thu dịch vụ lưu trú đạt 10.000 tỷ đồng.',
    );
    const cells = [...canvas.getByTestId('statements').querySelectorAll('tbody tr > :nth-child(3)')] as HTMLElement[];
    await expect(cells).toHaveLength(2);
    const [forecast, goal] = cells as [HTMLElement, HTMLElement];
    await expect(forecast).toHaveTextContent(vi ? 'thực hiện' : 'actual');
    await expect(forecast.querySelector('[data-confidence="uncertain"]')).not.toBeNull();
    await expect(within(forecast).getByTestId('doubt')).toHaveTextContent(
      vi ? /chưa chắc: một dự báo .*có thể là mục tiêu/ : /uncertain: a forecast .*or a target, not told/,
    );
    await expect(goal.querySelector('[data-confidence="certain"]')).not.toBeNull();
    await expect(within(goal).queryByTestId('doubt')).toBeNull();
    // the raw reading names the doubt's rule
    const button = within(canvas.getByTestId('statements')).getAllByRole('button')[0] as HTMLElement;
    await userEvent.click(button);
    await expect(within(canvas.getByTestId('statements')).getAllByTestId('raw')[0]).toHaveTextContent(
      'vi.kind.forecast-against-past?forecast-kind · uncertain',
    );
  },
};

/** A completion measured against an analyst's forecast is shown as one, not as the budget estimate's. */
export const ForecastCompletion: Story = {
  name: 'A completion of a forecast (interaction)',
  args: { initialText: '' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const vi = globals.locale !== 'en';
    await userEvent.click(canvas.getByRole('textbox'));
    await userEvent.paste('Lợi nhuận quý 3 đạt 410 tỷ đồng, bằng 23% dự báo cả năm của công ty chứng khoán.');
    const table = canvas.getByTestId('statements');
    await expect(table).toHaveTextContent(vi ? /23% dự báo/ : /23% of the forecast/);
    await expect(table).not.toHaveTextContent(vi ? /dự toán/ : /of the estimate/);
  },
};

export const TextLanguage: Story = {
  name: 'Choosing the language of the text (interaction)',
  args: { initialText: '' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox'));
    await userEvent.paste('Exports reached US$5.2 billion in 2023, up 12.5 percent year-on-year.');
    // read with the Vietnamese grammar, `5.2` and `12.5` are malformed numbers: no change is read
    await expect(canvasElement.querySelector('mark[data-part="change"]')).toBeNull();
    await userEvent.click(canvas.getByRole('radio', { name: 'English' }));
    await expect(canvas.getByRole('textbox')).toHaveAttribute('lang', 'en');
    await expect(canvasElement.querySelector('mark[data-part="change"]')).toHaveTextContent('up 12.5 percent');
    await expect(canvasElement.querySelector('mark[data-part="value"]')).toHaveTextContent('US$5.2 billion');
  },
};
