import { extractReport, type Statement } from '../../../src/extract';
import { isPeriodId, parsePeriod, previousPeriod, samePeriodLastYear } from '../../../src/period/period';
import type { RealFact, RealSentence } from './types';

/**
 * Scores the extractor on the real corpus, field by field.
 *
 * - A fact is recalled when ONE statement carries every annotated field right (value with
 *   scale, unit, bound, % of plan, each change with its base, period, stage, target/actual).
 * - A silent wrong number is a field that is present, certain (not `confidence: 'uncertain'`,
 *   not approximate, not listed in `unread`) and wrong against the fact the statement reads best.
 */

export interface Tally {
  sentences: number;
  facts: number;
  recalled: number;
  /** Recalled facts whose matched fields are all certain (what an audit may check). */
  recalledCertain: number;
  fields: Record<Field, { right: number; total: number }>;
  silentWrong: number;
  /** Facts found (their value or first change read) whose target/actual reading is right. */
  kindRight: number;
  kindTotal: number;
  /**
   * Facts found whose target/actual reading is wrong and not doubted: a result shown as a certain
   * target or a plan shown as a certain result. Not counted in `silentWrong` (the issue measures
   * targets against actuals apart), tallied here so it is never out of sight.
   */
  kindWrongCertain: number;
  /** Statements read from sentences that state nothing, with a certain number. */
  spurious: number;
}

export type Field = 'value' | 'unit' | 'bound' | 'completion' | 'change' | 'period' | 'stage';
const FIELDS: readonly Field[] = ['value', 'unit', 'bound', 'completion', 'change', 'period', 'stage'];

export interface SentenceScore {
  readonly sentence: RealSentence;
  readonly missed: readonly RealFact[];
  /** Facts recalled, but only with an uncertain field among those that match. */
  readonly uncertainOnly: number;
  readonly wrong: readonly string[];
  readonly statements: readonly Statement[];
}

const certain = (f: { confidence?: string | undefined } | undefined): boolean =>
  f !== undefined && f.confidence !== 'uncertain';

/**
 * Two period ids name the same period when they cover the same months: `2019-H1` and
 * `2019-YTD-06` (the first six months), `2020-Q1` and `2020-YTD-03`, `2020` and `2020-YTD-12`.
 */
function samePeriod(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || !isPeriodId(a) || !isPeriodId(b)) return false;
  const x = parsePeriod(a);
  const y = parsePeriod(b);
  return x.start === y.start && x.end === y.end;
}

function baseOf(c: Statement['changes'][number]): string {
  const b = c.value.base;
  if (!b) return 'no-base';
  return b.kind === 'period' ? b.period : b.kind;
}

/**
 * The period a base kind names for a figure of `period`: the period before it (`previous-period`),
 * the same period a year before (`same-period-last-year`), or a named period itself.
 */
function namedBase(base: string, period: string): string | undefined {
  if (base === 'previous-period') return previousPeriod(period).id;
  if (base === 'same-period-last-year') return samePeriodLastYear(period).id;
  return isPeriodId(base) ? base : undefined;
}

/**
 * Two comparison bases name one period for a figure of `period` (the fact's, else the statement's):
 * for a year the previous period and the same period last year are one (`2023` against `2022`),
 * and a base named by its period is the relative base that names it (`giảm 3,6% so với tháng 5/2021`
 * of June 2021 is against the previous period). Round 32: the annotators of every set write a
 * year's `from the previous year` either way.
 */
function sameBase(read: string, spec: string, period: string | undefined): boolean {
  if (samePeriod(read, spec)) return true;
  // (round 40: `over the same period in 2022` of a statement with no year of its own, `in the first
  // quarter of the year`, is read as that part of 2022 — `2022-Q1` — and written `2022`)
  if ((period === undefined || !isPeriodId(period)) && /^\d{4}$/u.test(spec) && read.startsWith(`${spec}-`))
    return true;
  if (period === undefined || !isPeriodId(period)) return false;
  // (the annotators write `than the same period in 2018` as `2018`: a base read as the statement's
  // own part of that year — `2018-Q3` of a `2019-Q3` figure — is that base)
  if (/^\d{4}$/u.test(spec) && read.startsWith(`${spec}-`) && read.slice(4) === period.slice(4)) return true;
  const a = namedBase(read, period);
  const b = namedBase(spec, period);
  // (round 40: and a relative base that names that part of the year, `same-period-last-year` of a
  // `2024-YTD-09` figure for `over the same period in 2023`, written `2023`)
  if (a !== undefined && /^\d{4}$/u.test(spec) && a.startsWith(`${spec}-`) && a.slice(4) === period.slice(4))
    return true;
  return a !== undefined && b !== undefined && samePeriod(a, b);
}

function changeMatches(spec: string, c: Statement['changes'][number], period?: string): boolean {
  const [form, amount, base] = spec.split(' ');
  if (c.value.form !== form || c.value.amount.value !== amount) return false;
  return base === '*' || sameBase(baseOf(c), base as string, period);
}

/**
 * The number a statement gives for its figure: its value, else its density (`52,8 thuê bao trên 100
 * dân`, `cứ 100 người có 116 thuê bao`), which the corpus annotates as a value without a unit and the
 * extractor gives in `density` — a per-population figure is no level of a count.
 */
interface ValueRead {
  readonly base: string;
  readonly unitCode?: string | undefined;
  readonly approximate?: string | undefined;
  readonly confidence?: string | undefined;
}
function figureValue(s: Statement): ValueRead | undefined {
  if (s.value) return { ...s.value.value, confidence: s.value.confidence };
  const d = s.density;
  return d ? { base: d.value.value.value, confidence: d.confidence } : undefined;
}

/** The period a fact's bases are reckoned from: the fact's own, else the statement's. */
const periodOf = (f: RealFact | undefined, s: Statement): string | undefined => f?.p ?? s.period?.value;

/** Which annotated fields of `f` the statement has right. */
function agreement(f: RealFact, s: Statement): Record<Field, boolean | undefined> {
  const v = figureValue(s);
  return {
    value: f.v === undefined ? undefined : v?.base === f.v,
    unit: f.u === undefined ? undefined : v?.base === f.v && v?.unitCode === f.u,
    bound: f.v === undefined ? undefined : v?.base === f.v && (v?.approximate ?? undefined) === f.a,
    completion: f.c === undefined ? undefined : s.completion?.value.percent.value === f.c,
    change:
      f.ch === undefined
        ? undefined
        : f.ch.every((spec) => s.changes.some((c) => changeMatches(spec, c, periodOf(f, s)))),
    period: f.p === undefined ? undefined : samePeriod(s.period?.value, f.p),
    stage: f.st === undefined ? undefined : s.stage?.value === f.st,
  };
}

/** Numbers weigh more than the period and stage when picking the fact a statement reads. */
const WEIGHT: Record<Field, number> = { value: 10, unit: 1, bound: 1, completion: 10, change: 10, period: 1, stage: 1 };
function points(a: Record<Field, boolean | undefined>): number {
  return FIELDS.reduce((n, k) => n + (a[k] ? WEIGHT[k] : 0), 0);
}

/**
 * The statement that reads `f` best: the most weighed fields in agreement; on a tie the first of the
 * fact's kind (`CPI (M/M): -0,2% (dự báo -0,2%; …)`: the result and the forecast read the same rate —
 * the forecast's fact is the target's statement; round 57), else the first.
 */
export function bestFor(f: RealFact, statements: readonly Statement[]): Statement | undefined {
  let best: Statement | undefined;
  let bestPoints = 0;
  const kind = f.k ?? 'actual';
  for (const s of statements) {
    const p = points(agreement(f, s));
    if (p > bestPoints || (p > 0 && p === bestPoints && best?.kind.value !== kind && s.kind.value === kind)) {
      best = s;
      bestPoints = p;
    }
  }
  return best;
}

/** The certain fields of a statement that no reading of the sentence supports. */
function wrongFields(s: Statement, facts: readonly RealFact[]): string[] {
  const out: string[] = [];
  let fact: RealFact | undefined;
  let fp = -1;
  for (const f of facts) {
    const p = points(agreement(f, s));
    if (p > fp) {
      fact = f;
      fp = p;
    }
  }
  const unread = new Set(s.unread.map((u) => u.what));
  const v = figureValue(s);
  if (v && certain(v) && !v.approximate && !unread.has('value')) {
    const q = v;
    if (!fact || fact.v !== q.base) out.push(`value ${q.base}`);
    else if (fact.a && !q.approximate) out.push(`value ${q.base} read as exact (${fact.a})`);
    else if (fact.u && q.unitCode && q.unitCode !== fact.u) out.push(`unit ${q.unitCode}`);
  }
  const c = s.completion;
  if (c && certain(c) && !c.value.approximate && !unread.has('completion')) {
    if (!fact || fact.c !== c.value.percent.value) out.push(`completion ${c.value.percent.value}`);
  }
  // One quantity's changes against two bases (`rose by 1.3% on the month before and by 8.6%
  // year-on-year`), annotated as two facts of a change each, are one statement: on a statement with no
  // value and no completion, a change with its base that another change-only fact states whole is that
  // fact's, not a wrong number (round 66). A change without its base, or on a statement with a value,
  // is judged against the best fact alone: it may be another quantity's.
  const alsoRead = (ch: Statement['changes'][number]): boolean =>
    !v &&
    !c &&
    ch.value.base !== undefined &&
    facts.some(
      (f) =>
        f !== fact &&
        f.v === undefined &&
        f.c === undefined &&
        (f.ch ?? []).some((spec) => changeMatches(spec, ch, periodOf(f, s))),
    );
  for (const ch of s.changes) {
    if (!certain(ch) || ch.value.approximate || alsoRead(ch)) continue;
    const specs = fact?.ch ?? [];
    const sameNumber = specs.filter((spec) => {
      const [form, amount] = spec.split(' ');
      return form === ch.value.form && amount === ch.value.amount.value;
    });
    if (sameNumber.length === 0) out.push(`change ${ch.value.form} ${ch.value.amount.value}`);
    else if (ch.value.base && !sameNumber.some((spec) => changeMatches(spec, ch, periodOf(fact, s))))
      out.push(`change base ${baseOf(ch)} for ${ch.value.amount.value}`);
  }
  // A period is a wrong number only on a statement that shows a certain number.
  const shows = (v && certain(v)) || (c && certain(c)) || s.changes.some((ch) => certain(ch) && !ch.value.approximate);
  if (shows && s.period && certain(s.period) && fact?.p && !samePeriod(s.period.value, fact.p))
    out.push(`period ${s.period.value}`);
  return out;
}

/** True when `s` reads fact `f` whole and every field that carries one of its numbers is certain. */
function wholeAndCertain(f: RealFact, s: Statement): boolean {
  const a = agreement(f, s);
  if (!FIELDS.every((k) => a[k] !== false) || s.kind.value !== (f.k ?? 'actual')) return false;
  if (f.v !== undefined && !certain(figureValue(s))) return false;
  if (f.c !== undefined && !certain(s.completion)) return false;
  if (f.p !== undefined && !certain(s.period)) return false;
  return (f.ch ?? []).every((spec) => s.changes.some((c) => certain(c) && changeMatches(spec, c, periodOf(f, s))));
}

/**
 * The statements as the scorer reads them: each statement, then the target it states in its
 * `target` field (`collected GH¢910 million as against a target of GH¢887 million`) as a target
 * reading of its own, in the statement's period — the annotators write that figure as a target
 * fact, and the statement carries it, as a target (round 46: before, only a target read as a
 * statement of its own counted). A wrong target is a wrong number like any other.
 */
function readingsOf(statements: readonly Statement[]): Statement[] {
  return statements.flatMap((s): Statement[] => {
    if (!s.target) return [s];
    const target: Statement = {
      ...s,
      kind: { ...s.kind, value: 'target' },
      value: s.target,
      completion: undefined,
      changes: [],
      density: undefined,
      target: undefined,
      stage: undefined,
      unread: s.unread.filter((u) => u.what !== 'value'),
    };
    return [s, target];
  });
}

export function scoreSentence(sentence: RealSentence): SentenceScore {
  const statements = readingsOf(extractReport(sentence.text, { locale: sentence.locale }).statements);
  const missed: RealFact[] = [];
  let uncertainOnly = 0;
  for (const f of sentence.facts) {
    const whole = statements.some((s) => {
      const a = agreement(f, s);
      return FIELDS.every((k) => a[k] !== false) && s.kind.value === (f.k ?? 'actual');
    });
    if (!whole) missed.push(f);
    else if (!statements.some((s) => wholeAndCertain(f, s))) uncertainOnly++;
  }
  const wrong = statements.flatMap((s) => wrongFields(s, sentence.facts));
  return { sentence, missed, uncertainOnly, wrong, statements };
}

export function emptyTally(): Tally {
  const fields = Object.fromEntries(FIELDS.map((k) => [k, { right: 0, total: 0 }])) as Tally['fields'];
  return {
    sentences: 0,
    facts: 0,
    recalled: 0,
    recalledCertain: 0,
    fields,
    silentWrong: 0,
    kindRight: 0,
    kindTotal: 0,
    kindWrongCertain: 0,
    spurious: 0,
  };
}

export function addTo(t: Tally, score: SentenceScore): void {
  const { sentence, statements } = score;
  t.sentences++;
  t.facts += sentence.facts.length;
  t.recalled += sentence.facts.length - score.missed.length;
  t.recalledCertain += sentence.facts.length - score.missed.length - score.uncertainOnly;
  t.silentWrong += score.wrong.length;
  if (sentence.facts.length === 0 && score.wrong.length > 0) t.spurious++;
  for (const f of sentence.facts) {
    const best = bestFor(f, statements);
    const a = best ? agreement(f, best) : undefined;
    for (const k of FIELDS) {
      const annotated = agreement(f, statements[0] ?? ({ changes: [], unread: [] } as unknown as Statement))[k];
      if (annotated === undefined) continue;
      t.fields[k].total++;
      if (a?.[k]) t.fields[k].right++;
    }
    if (best) {
      t.kindTotal++;
      if (best.kind.value === (f.k ?? 'actual')) t.kindRight++;
      else if (best.kind.confidence !== 'uncertain') t.kindWrongCertain++;
    }
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

/** The score table, one row per group. */
export function table(groups: readonly (readonly [string, Tally])[]): string {
  const head = [
    'group',
    'sent.',
    'facts',
    'whole-fact',
    'certain',
    ...FIELDS,
    'silent wrong',
    'target/actual',
    'kind wrong',
  ];
  const rows = groups.map(([name, t]) => [
    name,
    String(t.sentences),
    String(t.facts),
    pct(t.recalled, t.facts),
    pct(t.recalledCertain, t.facts),
    ...FIELDS.map((k) => pct(t.fields[k].right, t.fields[k].total)),
    String(t.silentWrong),
    pct(t.kindRight, t.kindTotal),
    String(t.kindWrongCertain),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * The fresh sets scored only in their own groups (`test2`, `vi test2`, `en test2`, …), never in
 * `all`, `all + fresh` or each other's: each was written after the rules it is measured against, and
 * each set's figures stay comparable with the ones recorded when it was held out. Their groups are
 * listed only when the corpus has sentences of the split, in this order.
 */
export const OWN_GROUP_SPLITS = [
  'test2',
  'test3',
  'fresh4',
  'test5',
  'test6',
  'test7',
  'test8',
  'test9',
  'test10',
  'test11',
  'test12',
  'test13',
  'test14',
  'test15',
  'test16',
  'test17',
  'test18',
  'test19',
  'test20',
  'test21',
  'test22',
  'test23',
  'test24',
  'test25',
  'test26',
  'test27',
  'test28',
  'test29',
  'test30',
  'test31',
  'test32',
  'test33',
  'test34',
  'test35',
  'test36',
  'test37',
  'test38',
  'test39',
  'test40',
  'test41',
  'test42',
  'test43',
  'test44',
  'test45',
  'test46',
  'test47',
  'test48',
  'test49',
  'test50',
  'test51',
  'test52',
  'test53',
  'test54',
] as const satisfies readonly RealSentence['split'][];

/**
 * Scores the corpus in groups: all, seen, unseen, and per locale. Sentences of the `fresh` split
 * (the third group, never tuned on) count only in `fresh`, `vi fresh`, `en fresh` and
 * `all + fresh`, so `all`, `seen`, `unseen`, `vi` and `en` stay the groups earlier figures were
 * measured on; the fresh groups are listed only when the corpus has fresh sentences. The released
 * half of the fresh set (ids `*-released-*`) is also tallied on its own (`released`, `vi released`,
 * `en released`): new articles the first rounds of rules were not written on. Every later fresh set
 * (OWN_GROUP_SPLITS: `test2` … `test54`) counts only in its own three groups (`testN`, `vi testN`,
 * `en testN`), listed only when present.
 */
export function scoreCorpus(corpus: readonly RealSentence[]): {
  groups: [string, Tally][];
  scores: SentenceScore[];
} {
  const names = [
    'all',
    'seen',
    'unseen',
    'vi',
    'en',
    'vi unseen',
    'en unseen',
    'released',
    'vi released',
    'en released',
  ] as const;
  const freshNames = ['fresh', 'vi fresh', 'en fresh', 'all + fresh'] as const;
  const ownNames = (split: string): readonly string[] => [split, `vi ${split}`, `en ${split}`];
  const ownSplits: ReadonlySet<string> = new Set(OWN_GROUP_SPLITS);
  const tallies = new Map<string, Tally>(
    [...names, ...freshNames, ...OWN_GROUP_SPLITS.flatMap(ownNames)].map((n) => [n, emptyTally()]),
  );
  const scores: SentenceScore[] = [];
  for (const s of corpus) {
    const score = scoreSentence(s);
    scores.push(score);
    const into: readonly string[] = ownSplits.has(s.split)
      ? [s.split, `${s.locale} ${s.split}`]
      : s.split === 'fresh'
        ? ['fresh', `${s.locale} fresh`, 'all + fresh']
        : [
            'all',
            s.split,
            s.locale,
            ...(s.split === 'unseen' ? [`${s.locale} unseen`] : []),
            ...(s.id.includes('-released-') ? ['released', `${s.locale} released`] : []),
            'all + fresh',
          ];
    for (const n of into) {
      const t = tallies.get(n);
      if (t) addTo(t, score);
    }
  }
  const present = (n: string): boolean => (tallies.get(n) as Tally).sentences > 0;
  const listed: readonly string[] = [
    ...names,
    ...(present('fresh') ? freshNames : []),
    ...OWN_GROUP_SPLITS.filter(present).flatMap(ownNames),
  ];
  return { groups: listed.map((n) => [n, tallies.get(n) as Tally]), scores };
}
