import { Fragment, type ReactNode } from 'react';

/** A number token: digits with group and decimal separators (`987.654.321.098,1`, `3,608.35`). */
const NUMBER = /\d[\d.,\u00a0\u202f]*\d|\d/g;

/**
 * Text with figures that never break the wrong way: a number and the unit after it stay on one
 * line (the spaces after a number become no-break spaces), and a very long number breaks only
 * at a group boundary (`<wbr>` after a separator, never inside a group). `<wbr>` is not copied,
 * so a figure pasted into a spreadsheet stays the figure.
 *
 * @example
 * <Figure text="Kế hoạch ≈ 3.608,35 tỷ đồng" />
 */
export function Figure({ text }: { readonly text: string }): ReactNode {
  return <>{breakable(keepTogether(text))}</>;
}

/**
 * No-break spaces between a number and the one or two words after it (`3.608,35 tỷ đồng`,
 * `2.890.000 thuê bao`, `80,00 máy/100 dân`), and between a sign or `≈` and the number.
 */
export function keepTogether(text: string): string {
  return text
    .replace(/([≈~+−-]) (?=\d)/g, '$1\u00a0')
    .replace(/(\/\d+) (?=\S)/g, '$1\u00a0')
    .replace(/(\d%?) (\S+)(?: (\S+))?/g, (_m, n: string, a: string, b: string | undefined) =>
      b !== undefined && isUnitWord(a, b)
        ? `${n}\u00a0${a}\u00a0${b}`
        : `${n}\u00a0${a}${b === undefined ? '' : ` ${b}`}`,
    );
}

/** Two-word units of the reports: `tỷ đồng`, `thuê bao`, `triệu tờ`, `billion VND`. */
function isUnitWord(first: string, second: string): boolean {
  return (
    /^(tỷ|triệu|nghìn|ngàn|thuê|dịch|hồ|điểm|million|billion|thousand|percentage)$/i.test(first) && second.length > 0
  );
}

/** Splits long numbers after their group separators with `<wbr>`; short numbers stay whole. */
function breakable(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    const number = match[0];
    const at = match.index ?? 0;
    if (number.length < 16) continue;
    out.push(text.slice(last, at));
    const parts = number.split(/(?<=[.,\u00a0\u202f])/);
    out.push(
      <Fragment key={at}>
        {parts.map((part, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one number never reorder
          <Fragment key={i}>
            {part}
            {i < parts.length - 1 ? <wbr /> : null}
          </Fragment>
        ))}
      </Fragment>,
    );
    last = at + number.length;
  }
  out.push(text.slice(last));
  return out;
}
