import type { Grammar } from '../grammar';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange } from '../types';
import { tokenAt } from './token-at';

/** Names longer than this many tokens are not searched (names are short; a runaway one is cut). */
const NAME_WINDOW = 36;

/** Base kinds a name can carry whole (a named period or a plan needs the assembler's reading). */
const PLAIN: ReadonlySet<string> = new Set(['same-period-last-year', 'previous-period', 'december-last-year']);

/**
 * `mức tăng CPI bình quân sáu tháng so với cùng kỳ năm trước là 1,72%`, `the growth of exports
 * compared with the same period last year was 12 percent`: a change noun in the statement's
 * name, then a compare word and a base before its one rate (no stop between) — the base is that
 * rate's. Each
 * draft looks at most {@link NAME_WINDOW} tokens of its name, so the step is linear.
 */
export function nameBases(drafts: readonly Draft[], tokens: readonly Token[], g: Grammar): void {
  for (const d of drafts) {
    if (!d.name || d.previous || d.changes.length !== 1) continue;
    const c = d.changes[0] as Extracted<ExtractedChange>;
    if (c.value.base !== undefined || d.sameIn.has(c) || c.value.form !== 'rate') continue;
    if (c.span.start < d.name.span.end) continue;
    const from = tokenAt(tokens, d.name.span.start);
    // (the base may stand between the name and the rate: `… sáu tháng | so với cùng kỳ năm trước | là 1,72%`)
    const to = Math.min(tokenAt(tokens, c.span.start), from + NAME_WINDOW);
    const nameTo = tokenAt(tokens, d.name.span.end);
    let noun = false;
    for (let i = from; i < to; i++) {
      if (!noun) {
        if (i >= nameTo) break;
        noun = matchAt(tokens, i, g.changeNouns, to) !== null || matchAt(tokens, i, g.growthWords, to) !== null;
        continue;
      }
      const x = tokens[i] as Token;
      if (x.kind === 'punct' && x.text !== ',') break;
      const cmp = matchAt(tokens, i, g.compareWords, to);
      if (!cmp) continue;
      const base = matchAt(tokens, cmp.to, g.bases, to);
      if (!base || !PLAIN.has(base.phrase.data.kind)) continue;
      const start = (tokens[i] as Token).start;
      const end = (tokens[base.to - 1] as Token).end;
      d.changes = [
        {
          ...c,
          value: {
            ...c.value,
            base: base.phrase.data as NonNullable<ExtractedChange['base']>,
            baseSpan: { start, end, text: d.sentence.text.slice(start - d.sentence.start, end - d.sentence.start) },
          },
          rule: `${c.rule}+name-base`,
        },
      ];
      break;
    }
  }
}
