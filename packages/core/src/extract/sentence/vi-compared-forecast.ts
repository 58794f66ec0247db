import { phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `Xuất khẩu … tăng 2,1% …, vượt dự báo tăng 1,5% của các nhà kinh tế`, `ít hơn so với dự báo 65,7%`,
 * `vượt xa mức dự báo 6,85% của hãng tin Bloomberg`: a figure written right after a forecast noun
 * (grammar `comparedForecastNouns`) — as its move (a change verb between), or as its level after a
 * compare word or `mức` — is the forecast the result is measured against: another body's forecast,
 * a target (the corpus brief), never a result. Only the two unambiguous shapes: `cao hơn dự báo 20
 * tỷ đồng` (higher than forecast by) is a difference and keeps its reading. Round 56. Constant work
 * per statement.
 */
export function viComparedForecasts(a: SentenceContext, st: SentenceState): void {
  const nouns = a.g.comparedForecastNouns;
  if (!nouns) return;
  for (const d of a.sentenceDrafts(st.span) as Draft[]) {
    if (d.kind.value === 'target' || d.completion) continue;
    const f = d.changes.length === 1 && !d.value ? d.changes[0] : d.changes.length === 0 ? d.value : undefined;
    if (!f) continue;
    const k = tokenAt(a.tokens, f.span.start);
    let at = -1;
    if (a.tokens[k]?.kind === 'number') {
      // (the level: `so với dự báo 65,7%`, or `mức dự báo 6,85%` — a word of a level, grammar
      // `fromLevelLinks`, before the noun)
      const noun = phraseEndingAt(a.tokens, k, nouns);
      const led =
        noun > 0 &&
        (phraseEndingAt(a.tokens, noun, a.g.compareWords) >= 0 ||
          phraseEndingAt(a.tokens, noun, a.g.fromLevelLinks, 1) >= 0);
      at = led ? noun : -1;
    } else if (d.changes.length === 1) {
      // (the move: `vượt dự báo tăng 1,5%`)
      at = phraseEndingAt(a.tokens, k, nouns);
    }
    if (at < 0) continue;
    d.kind = a.field('target', at, k, `${a.g.locale}.kind.compared-forecast`);
  }
}
