import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The mark in a field's rule of a figure given to each value of a pair (`cùng đạt 135%`). */
export const SHARED = 'shared-figure';

const shared = <T>(f: Extracted<T>): Extracted<T> => ({ ...f, rule: `${f.rule}+${SHARED}` });

/** True when only words of no figure stand between the two drafts' spans (no `;`, no bracket). */
function sameClauseRun(a: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.kind === 'punct' && [';', '(', ')', ':'].includes(t.text)) return false;
  }
  return true;
}

/** The first token of the draft's figures (its completion or changes), or -1. */
function figuresStart(a: SentenceContext, d: Draft): number {
  const starts = [...d.changes.map((c) => c.span.start), ...(d.completion ? [d.completion.span.start] : [])];
  return starts.length === 0 ? -1 : tokenAt(a.tokens, Math.min(...starts));
}

/**
 * True when a comma right after the pair's last value (token `comma`) and a shared word
 * (`cùng`, `đều`) open the clause of the draft's figures, its verb between the word and them:
 * `… 849 tỷ đồng, cùng đạt 135% kế hoạch tháng`, `… 60 tỷ đồng, đều tăng 12% so với cùng kỳ`.
 */
function sharedWordAt(a: SentenceContext, d: Draft, comma: number): boolean {
  const c = a.tokens[comma];
  if (c?.kind !== 'punct' || c.text !== ',') return false;
  // (`…, cùng kỳ năm trước tăng 5%`: a base that begins with the word shares nothing)
  if (matchAt(a.tokens, comma + 1, a.g.bases) || matchAt(a.tokens, comma + 1, a.g.standaloneBases)) return false;
  const at = figuresStart(a, d);
  const w = matchAt(a.tokens, comma + 1, a.g.sharedFigureWords, at < 0 ? comma + 1 : at);
  return !!w && at > w.to - 1 && at - w.to <= 3;
}

/**
 * `Lợi nhuận trước thuế đạt 1.064 tỷ đồng và lợi nhuận sau thuế 849 tỷ đồng, cùng đạt 135% kế
 * hoạch tháng`, `Xuất khẩu đạt 5 tỷ USD, nhập khẩu đạt 4,2 tỷ USD, cùng tăng 8% so với năm 2023`,
 * `doanh thu đạt 500 tỷ đồng và lợi nhuận đạt 60 tỷ đồng, đều tăng 12% so với cùng kỳ`: a clause
 * opened by a shared word (grammar `sharedFigureWords`) after two values gives its completion and
 * changes to each of them. Only a pair: two values, each with no completion or change of its
 * own, in one run of the sentence (no `;`, bracket or colon between) and no third bare value
 * right before them — with three or more the words may cover only some of the list, and nothing
 * is given (the figures stay where the clause put them). Runs once per sentence.
 */
export function sharedFigures(a: SentenceContext, st: SentenceState): void {
  if (a.g.sharedFigureWords.length === 0) return;
  const drafts = a.sentenceDrafts(st.span);
  const bare = (d: Draft | undefined): boolean =>
    !!d?.value && d.changes.length === 0 && !d.completion && !d.unread.some((u) => u.what === 'value');
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    if (d.changes.length === 0 && !d.completion) continue;
    // The clause of its own (`…, cùng đạt 135% …`, named by the shared word alone) after a pair,
    // or the second value of the pair holding the clause's figures (`… 60 tỷ đồng, đều tăng 12%`).
    const own = !d.value;
    const pair = own ? [drafts[n - 2], drafts[n - 1]] : [drafts[n - 1], d];
    const [first, second] = pair as [Draft | undefined, Draft | undefined];
    if (!first || !second || !bare(first) || (own ? !bare(second) : !second.value)) continue;
    if (bare(drafts[n - (own ? 3 : 2)])) continue;
    const lastValue = second.value as Extracted<unknown>;
    const valueEnd = tokenAt(a.tokens, lastValue.span.end);
    if (!sharedWordAt(a, d, valueEnd)) continue;
    if (!sameClauseRun(a, first.from, figuresStart(a, d))) continue;
    const changes = d.changes.map(shared);
    const years = d.changes.map((c) => d.sameIn.get(c));
    const completion = d.completion ? shared(d.completion) : undefined;
    const to = Math.max(d.to, second.to);
    for (const m of [first, second]) {
      m.changes = changes.map((c) => ({ ...c }));
      m.sameIn.clear();
      m.changes.forEach((c, k) => {
        const y = years[k];
        if (y !== undefined) m.sameIn.set(c, y);
      });
      if (completion) m.completion = { ...completion };
      a.extend(m, m.from, Math.max(m.to, to));
    }
    if (own) {
      d.changes = [];
      d.sameIn.clear();
      delete d.completion;
    }
  }
}
