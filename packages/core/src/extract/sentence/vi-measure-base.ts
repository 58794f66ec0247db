import type { Draft } from '../place/context';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { bareCountMeasure, measureNoun } from './measure-owner';

interface Measured {
  readonly d: Draft;
  readonly c: Extracted<ExtractedChange>;
}

/**
 * `tăng 15,07% về số doanh nghiệp, tăng 72,66% về số vốn đăng ký so với cùng kỳ năm 2016`,
 * `up 12% in volume, 20% in value year-on-year`: changes of one list, each measured in its own
 * noun (`về số …`), share the base written after the last of them. Only a run of measured changes
 * with nothing but measured changes between takes it; a change with a base of its own keeps it.
 */
export function shareMeasureBase(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  const all: Measured[] = [];
  for (const d of drafts) for (const c of d.changes) all.push({ d, c });
  if (all.length < 2) return;
  all.sort((x, y) => x.c.span.start - y.c.span.start);
  let run: Measured[] = [];
  for (const m of all) {
    // (`tăng 18,3% về số lượng, tăng 224,2% về vốn so cùng kỳ`: a bare count measure is one too)
    if (!measureNoun(a, m.c) && !bareCountMeasure(a, m.c)) {
      run = [];
      continue;
    }
    const year = m.d.sameIn.get(m.c);
    if (m.c.value.base === undefined && year === undefined) {
      run.push(m);
      continue;
    }
    for (const open of run) {
      const at = open.d.changes.indexOf(open.c);
      if (at < 0) continue;
      const shared: Extracted<ExtractedChange> = {
        ...open.c,
        value: {
          ...open.c.value,
          ...(m.c.value.base ? { base: m.c.value.base } : {}),
          ...(m.c.value.baseSpan ? { baseSpan: m.c.value.baseSpan } : {}),
        },
        rule: `${open.c.rule}+measure-list-base`,
      };
      open.d.changes[at] = shared;
      if (year !== undefined) open.d.sameIn.set(shared, year);
    }
    run = [];
  }
}
