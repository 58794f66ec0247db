import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../globals';

type Theme = 'light' | 'dark';

/** A pair of colours a component draws one on the other, and the WCAG 2.2 minimum it must meet. */
export interface ContrastPair {
  readonly fg: string;
  readonly bg: string;
  /** 4.5 for text, 3 for graphics and focus rings (WCAG 1.4.3, 1.4.11). */
  readonly min: 4.5 | 3;
  readonly use: { readonly vi: string; readonly en: string };
}

/** The pairs @chitieu/react draws, by custom property. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { fg: '--ct-fg', bg: '--ct-surface', min: 4.5, use: { vi: 'Chữ chính', en: 'Body text' } },
  {
    fg: '--ct-fg',
    bg: '--ct-surface-alt',
    min: 4.5,
    use: { vi: 'Chữ trên nền phụ (đầu bảng)', en: 'Text on the alternate surface (table head)' },
  },
  {
    fg: '--ct-muted',
    bg: '--ct-surface',
    min: 4.5,
    use: { vi: 'Chữ phụ (nhãn, đơn vị)', en: 'Secondary text (labels, units)' },
  },
  {
    fg: '--ct-muted',
    bg: '--ct-surface-alt',
    min: 4.5,
    use: { vi: 'Chữ phụ trên nền phụ', en: 'Secondary text on the alternate surface' },
  },
  {
    fg: '--ct-exceeded-fg',
    bg: '--ct-exceeded-bg',
    min: 4.5,
    use: { vi: 'Nhãn “Vượt kế hoạch”', en: '“Exceeded” badge' },
  },
  { fg: '--ct-met-fg', bg: '--ct-met-bg', min: 4.5, use: { vi: 'Nhãn “Đạt kế hoạch”', en: '“Met” badge' } },
  { fg: '--ct-near-fg', bg: '--ct-near-bg', min: 4.5, use: { vi: 'Nhãn “Gần đạt”', en: '“Near” badge' } },
  { fg: '--ct-missed-fg', bg: '--ct-missed-bg', min: 4.5, use: { vi: 'Nhãn “Không đạt”', en: '“Missed” badge' } },
  {
    fg: '--ct-none-fg',
    bg: '--ct-none-bg',
    min: 4.5,
    use: { vi: 'Nhãn “Chưa có kế hoạch / số liệu”', en: '“No target / no data” badge' },
  },
  {
    fg: '--ct-good',
    bg: '--ct-surface',
    min: 4.5,
    use: { vi: 'Thay đổi tốt (chữ và mũi tên)', en: 'Favourable change (text and arrow)' },
  },
  {
    fg: '--ct-bad',
    bg: '--ct-surface',
    min: 4.5,
    use: { vi: 'Thay đổi xấu (chữ và mũi tên)', en: 'Unfavourable change (text and arrow)' },
  },
  { fg: '--ct-focus', bg: '--ct-surface', min: 3, use: { vi: 'Viền tiêu điểm bàn phím', en: 'Keyboard focus ring' } },
  {
    fg: '--ct-actual',
    bg: '--ct-band-poor',
    min: 3,
    use: { vi: 'Thanh thực hiện trên khoảng kém', en: 'Actual bar on the poor band' },
  },
  {
    fg: '--ct-plan',
    bg: '--ct-band-good',
    min: 3,
    use: { vi: 'Vạch kế hoạch trên khoảng tốt', en: 'Plan marker on the good band' },
  },
  { fg: '--ct-previous', bg: '--ct-surface', min: 3, use: { vi: 'Vạch cùng kỳ', en: 'Previous-value marker' } },
  { fg: '--ct-trend', bg: '--ct-surface', min: 3, use: { vi: 'Đường xu hướng', en: 'Trend line' } },
];

/** sRGB channels of a computed colour (`rgb(26, 31, 43)`), or null. */
function channels(color: string): [number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** WCAG relative luminance. (Colours, not measured values: plain floats are right here.) */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two computed colours. */
export function contrastRatio(a: string, b: string): number | null {
  const x = channels(a);
  const y = channels(b);
  if (!x || !y) return null;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Every `--ct-*` custom property the loaded stylesheets define on `.ct-root`: what a consumer can set. */
function tokenNames(): string[] {
  const names = new Set<string>();
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    const visit = (list: CSSRuleList): void => {
      for (const rule of Array.from(list)) {
        if (rule instanceof CSSStyleRule && rule.selectorText.includes('.ct-root')) {
          for (const name of Array.from(rule.style)) if (name.startsWith('--ct-')) names.add(name);
        } else if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    visit(rules);
  }
  return [...names].sort();
}

/** The computed value of every token, and every pair's ratio, in one theme (read from a hidden probe). */
export interface ThemeReading {
  readonly values: ReadonlyMap<string, string>;
  readonly colors: ReadonlyMap<string, string>;
  readonly ratios: readonly (ContrastPair & { readonly ratio: number | null })[];
}

function read(probe: HTMLElement, names: readonly string[]): ThemeReading {
  const style = getComputedStyle(probe);
  const values = new Map(names.map((n) => [n, style.getPropertyValue(n).trim()] as const));
  const colors = new Map<string, string>();
  const painter = probe.firstElementChild as HTMLElement;
  for (const [name, value] of values) {
    if (!/^(#|rgb|hsl|oklch|color\()/.test(value)) continue;
    painter.style.color = `var(${name})`;
    colors.set(name, getComputedStyle(painter).color);
  }
  const ratios = CONTRAST_PAIRS.map((pair) => {
    const fg = colors.get(pair.fg);
    const bg = colors.get(pair.bg);
    return { ...pair, ratio: fg && bg ? contrastRatio(fg, bg) : null };
  });
  return { values, colors, ratios };
}

const SIZES = [
  { name: 'h1 (.pg-h1)', size: '1.5rem', weight: 700 },
  { name: 'h2 (.pg-h2)', size: '1.15rem', weight: 700 },
  { name: 'body', size: '1rem', weight: 400 },
  { name: '--ct-font-size-small', size: 'var(--ct-font-size-small)', weight: 400 },
] as const;

/**
 * The design tokens, read live from the loaded stylesheet: colours with their WCAG contrast
 * ratios in the light and the dark theme, the type scale, the spacing and sizes, and every CSS
 * custom property a consumer can set.
 */
export function DesignTokens(): ReactNode {
  const t = useT();
  const light = useRef<HTMLDivElement>(null);
  const dark = useRef<HTMLDivElement>(null);
  const [readings, setReadings] = useState<{ names: string[]; light: ThemeReading; dark: ThemeReading } | null>(null);
  useLayoutEffect(() => {
    if (!light.current || !dark.current) return;
    const names = tokenNames();
    setReadings({ names, light: read(light.current, names), dark: read(dark.current, names) });
  }, []);
  const probe = (theme: Theme, ref: typeof light): ReactNode => (
    <div ref={ref} className="ct-root" data-ct-theme={theme} hidden>
      <span />
    </div>
  );
  const verdict = (ratio: number | null, min: number): string =>
    ratio === null
      ? '—'
      : ratio >= min
        ? t({ vi: 'đạt AA', en: 'passes AA' })
        : t({ vi: 'KHÔNG đạt AA', en: 'FAILS AA' });
  return (
    <div className="pg-stack" data-testid="design-tokens">
      {probe('light', light)}
      {probe('dark', dark)}
      {readings === null ? null : (
        <>
          <table className="pg-table pg-table--stack">
            <caption id="tokens-contrast">
              {t({
                vi: 'Cặp màu và tỷ lệ tương phản (tính trực tiếp)',
                en: 'Colour pairs and contrast ratios (computed live)',
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t({ vi: 'Dùng cho', en: 'Used for' })}</th>
                <th scope="col">{t({ vi: 'Chữ / nét', en: 'Foreground' })}</th>
                <th scope="col">{t({ vi: 'Nền', en: 'Background' })}</th>
                <th scope="col">{t({ vi: 'Tối thiểu', en: 'Minimum' })}</th>
                <th scope="col">{t({ vi: 'Sáng', en: 'Light' })}</th>
                <th scope="col">{t({ vi: 'Tối', en: 'Dark' })}</th>
              </tr>
            </thead>
            <tbody>
              {CONTRAST_PAIRS.map((pair, i) => {
                const l = readings.light.ratios[i]?.ratio ?? null;
                const d = readings.dark.ratios[i]?.ratio ?? null;
                const cell = (theme: Theme, ratio: number | null): ReactNode => (
                  <td data-label={theme} data-ratio={ratio?.toFixed(2)} data-min={pair.min}>
                    <span
                      className="pg-swatch"
                      aria-hidden="true"
                      style={{
                        color: readings[theme].colors.get(pair.fg),
                        background: readings[theme].colors.get(pair.bg),
                      }}
                    >
                      Aa
                    </span>{' '}
                    {ratio === null ? '—' : `${ratio.toFixed(2)}:1`} · {verdict(ratio, pair.min)}
                  </td>
                );
                return (
                  <tr key={`${pair.fg}-${pair.bg}`}>
                    <th scope="row">{t(pair.use)}</th>
                    <td data-label={t({ vi: 'Chữ / nét', en: 'Foreground' })}>
                      <code>{pair.fg}</code>
                    </td>
                    <td data-label={t({ vi: 'Nền', en: 'Background' })}>
                      <code>{pair.bg}</code>
                    </td>
                    <td data-label={t({ vi: 'Tối thiểu', en: 'Minimum' })}>
                      {pair.min}:1{' '}
                      {pair.min === 3 ? t({ vi: '(đồ họa)', en: '(graphics)' }) : t({ vi: '(chữ)', en: '(text)' })}
                    </td>
                    {cell('light', l)}
                    {cell('dark', d)}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h3 className="pg-h2">{t({ vi: 'Cỡ chữ', en: 'Type scale' })}</h3>
          <ul className="pg-plain-list pg-stack">
            {SIZES.map((size) => (
              <li key={size.name}>
                <code>{size.name}</code> — <code>{size.size}</code>
                <div style={{ fontSize: size.size, fontWeight: size.weight }} lang="vi">
                  Tổng doanh thu ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch
                </div>
              </li>
            ))}
          </ul>
          <table className="pg-table pg-table--stack">
            <caption id="tokens-all">
              {t({
                vi: `Mọi biến CSS bạn có thể đặt (${readings.names.length}), giá trị hiện tại`,
                en: `Every CSS custom property you can set (${readings.names.length}), current values`,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t({ vi: 'Biến', en: 'Property' })}</th>
                <th scope="col">{t({ vi: 'Sáng', en: 'Light' })}</th>
                <th scope="col">{t({ vi: 'Tối', en: 'Dark' })}</th>
              </tr>
            </thead>
            <tbody>
              {readings.names.map((name) => (
                <tr key={name}>
                  <th scope="row">
                    <code>{name}</code>
                  </th>
                  {(['light', 'dark'] as const).map((theme) => (
                    <td key={theme} data-label={theme}>
                      {readings[theme].colors.has(name) ? (
                        <span
                          className="pg-swatch pg-swatch--solid"
                          aria-hidden="true"
                          style={{ background: readings[theme].colors.get(name) }}
                        />
                      ) : null}{' '}
                      <code>{readings[theme].values.get(name) || '—'}</code>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
