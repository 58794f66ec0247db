import { fold } from '../../fold';
import { matchAt } from '../../phrase';
import { SENTENCE_ENDS, type Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type DoubtRule, NAME_WINDOW, nameRangeOf, numberToken } from '../context';
import { endsRightAt } from '../helpers';

/**
 * `From 2015 to 2017, …`, `ước 10 tháng 19.460 tỷ đồng`: a bare number that is a period.
 */
export const timeLikeDoubt: DoubtRule = {
  id: 'time-like',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const q = (f as Extracted<{ scale: number; unit?: string; unitCode?: string; number: { text: string } }>).value;
    // `within the first 15 days of February`, `10 ngày đầu tháng`: a number of days or months
    // after an opening or closing word is a period, whatever unit text the reader gave it.
    if (q.scale === 0 && q.unitCode === undefined && q.unit !== undefined) {
      const k = numberToken(ctx, f);
      const prev = k !== undefined ? ctx.ix.tokens[k - 1] : undefined;
      const K = ctx.g.periodWords.keys;
      const isEdge = (x: Token | undefined): boolean =>
        x?.kind === 'word' && (K.opening.has(x.forms.fold) || K.closing.has(x.forms.fold));
      const time = k !== undefined ? matchAt(ctx.ix.tokens, k + 1, ctx.g.timeWords) : null;
      if (time && (isEdge(prev) || isEdge(ctx.ix.tokens[time.to]))) return true;
    }
    if (q.scale !== 0 || q.unit !== undefined) return false;
    if (/^(19|20)\d\d$/.test(q.number.text)) return true;
    const k = numberToken(ctx, f);
    return k !== undefined && matchAt(ctx.ix.tokens, k + 1, ctx.g.timeWords) !== null;
  },
};

/**
 * `nếu mất kết nối ngoài 6 giờ sẽ bị xử phạt`, `phải thông báo trước 2 giờ`, `nộp nhật ký trong thời
 * hạn 24 giờ`, `vessels must notify the port 2 hours before departure`: a value in a unit of time
 * shorter than a month (grammar `notAFigure.durationUnits`) is a duration — a rule's limit, a
 * deadline, the notice a rule asks, how long an event took — whose role as an indicator's level the
 * sentence does not settle. Its value is doubted (`time-like`) unless the statement's name measures
 * time (grammar `notAFigure.durationMeasures`: `thời gian thông quan còn 2 giờ`, `the transit time …
 * is only 14 hours`, `số giờ nắng đạt 200 giờ`). Rates per time (`14 giờ/ngày`, its own unit) are
 * not lengths. Looks at the value's unit and the name (at most `NAME_WINDOW` tokens). Round 28.
 * @internal
 */
export const durationValueDoubt: DoubtRule = {
  id: 'duration-limit',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const units = ctx.g.notAFigure.durationUnits;
    if (!units) return false;
    const q = (f as Extracted<{ unit?: string; unitCode?: string }>).value;
    if (q.unit === undefined || !units.has(fold(q.unit))) return false;
    if (q.unitCode !== undefined && q.unitCode !== 'hour') return false;
    const measures = ctx.g.notAFigure.durationMeasures ?? [];
    const leads = ctx.g.notAFigure.durationLeads;
    const t = ctx.ix.tokens;
    const k = numberToken(ctx, f);
    if (k === undefined) return true;
    // (a measure word after a word of duration frames a limit: `trong thời gian không quá 3 ngày`)
    const measureAt = (i: number): boolean => matchAt(t, i, measures, k) !== null && !endsRightAt(t, i, leads);
    const [from, to] = nameRangeOf(ctx);
    for (let i = from; i < to; i++) if (measureAt(i)) return false;
    // (a name cut short by an aside keeps its subject before it: `the fastest transit time for
    // trains from Nanning, capital of Guangxi, to Yen Vien is only 14 hours`, back to the clause's start)
    for (let i = k - 1; i >= 0 && i >= k - NAME_WINDOW; i--) {
      const x = t[i] as Token;
      if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) break;
      if (measureAt(i)) return false;
    }
    return true;
  },
};
