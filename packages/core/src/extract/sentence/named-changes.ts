import type { Draft } from '../place/context';
import type { Extracted, ExtractedChange, Span } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words a change's own name may have to name an earlier figure (`vận chuyển`, `luân chuyển`). */
const RUN_WORDS = 4;
/** How many words it needs at least (a lone word is too often a preposition left as a name: `with`). */
const MIN_WORDS = 2;
/** How many words of a figure's name are read for the runs it is known by. */
const NAME_WORDS = 16;

/** The folded words of the draft's name, each run of words between punctuation on its own. */
function nameRuns(a: SentenceContext, d: Draft): string[][] {
  if (!d.name) return [];
  const from = tokenAt(a.tokens, d.name.span.start);
  const to = Math.min(tokenAt(a.tokens, d.name.span.end), from + NAME_WORDS);
  const runs: string[][] = [[]];
  for (let k = from; k < to; k++) {
    const t = a.tokens[k];
    if (t?.kind === 'word') (runs[runs.length - 1] as string[]).push(t.forms.fold);
    else if ((runs[runs.length - 1] as string[]).length) runs.push([]);
  }
  return runs.filter((r) => r.length > 0);
}

/** The key of a change's base, to tell whether a figure already has a change against it. */
function baseKey(d: Draft, c: Extracted<ExtractedChange>): string {
  const b = c.value.base;
  const year = d.sameIn.get(c);
  return `${c.value.form}|${b ? JSON.stringify(b) : ''}|${year ?? ''}`;
}

/**
 * `Tính chung 9 tháng, vận chuyển hành khách đạt 18,16 triệu người, luân chuyển đạt 1.287 triệu
 * người.km, so với cùng kỳ năm trước vận chuyển giảm 4,81%, luân chuyển giảm 3,31%`: the figures
 * first, then their changes, each after a short name ({@link MIN_WORDS} to {@link RUN_WORDS} words) that is a run
 * of exactly one earlier figure's name — the change is that figure's (it had stood alone, a second
 * statement with no value). Only a change-only statement of the same kind and period, with no
 * completion, density, parent or unread part, and only onto a figure with no change against the same base;
 * a base written before the first name (`so với cùng kỳ năm trước vận chuyển …`) is lent to the next
 * moved change that has none.
 * Linear: each figure's name runs go into one map, each change looks up its own name once.
 */
export function namedChanges(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  if (drafts.length < 2) return;
  // Runs of earlier figures' names → the figure (null when two figures share the run).
  const figures = new Map<string, Draft | null>();
  // The base of a moved change written before its name, lent to the next moved change with none.
  let fronted: { form: string; base: ExtractedChange['base']; span: Span; year: string | undefined } | undefined;
  for (const d of drafts) {
    if (d.value) {
      for (const run of nameRuns(a, d)) {
        const seen = new Set<string>();
        for (let i = 0; i < run.length; i++) {
          for (let n = 1; n <= RUN_WORDS && i + n <= run.length; n++) {
            const key = run.slice(i, i + n).join(' ');
            if (seen.has(key)) continue;
            seen.add(key);
            const had = figures.get(key);
            figures.set(key, had === undefined || had === d ? d : null);
          }
        }
      }
      continue;
    }
    if (!d.changes.length || d.completion || d.density || d.rank || d.parentDraft || d.target || d.unread.length)
      continue;
    const runs = nameRuns(a, d);
    const own = runs.length === 1 ? (runs[0] as string[]) : undefined;
    if (!own || own.length > RUN_WORDS || own.length < MIN_WORDS) continue;
    const owner = figures.get(own.join(' '));
    if (!owner || owner.kind.value !== d.kind.value) continue;
    if (d.period && owner.period?.value !== d.period.value) continue;
    const held = new Set(owner.changes.map((c) => baseKey(owner, c)));
    if (d.changes.some((c) => held.has(baseKey(d, c)))) continue;
    const start = d.name?.span.start ?? 0;
    for (const c of d.changes) {
      let year = d.sameIn.get(c);
      let moved: Extracted<ExtractedChange> = { ...c, rule: `${c.rule}+named-change` };
      // (`so với cùng kỳ năm trước vận chuyển giảm 4,81%, luân chuyển giảm 3,31%`: the base written
      // before the first name is the next one's too)
      if (!c.value.base && year === undefined && fronted && fronted.form === c.value.form) {
        moved = {
          ...moved,
          value: { ...c.value, base: fronted.base, baseSpan: fronted.span },
          rule: `${moved.rule}+fronted-base`,
        };
        year = fronted.year;
      }
      owner.changes.push(moved);
      if (year !== undefined) owner.sameIn.set(moved, year);
      const span = c.value.baseSpan;
      fronted =
        span && span.end <= start && (c.value.base || year !== undefined)
          ? { form: c.value.form, base: c.value.base, span, year }
          : fronted;
    }
    d.changes = [];
    d.sameIn.clear();
  }
}
