import { extractReport, type Statement } from '../../../src/extract';
import { isPeriodId, parsePeriod } from '../../../src/period/period';
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

function changeMatches(spec: string, c: Statement['changes'][number]): boolean {
  const [form, amount, base] = spec.split(' ');
  if (c.value.form !== form || c.value.amount.value !== amount) return false;
  return base === '*' || samePeriod(baseOf(c), base);
}

/** Which annotated fields of `f` the statement has right. */
function agreement(f: RealFact, s: Statement): Record<Field, boolean | undefined> {
  const v = s.value?.value;
  return {
    value: f.v === undefined ? undefined : v?.base === f.v,
    unit: f.u === undefined ? undefined : v?.base === f.v && v?.unitCode === f.u,
    bound: f.v === undefined ? undefined : v?.base === f.v && (v?.approximate ?? undefined) === f.a,
    completion: f.c === undefined ? undefined : s.completion?.value.percent.value === f.c,
    change: f.ch === undefined ? undefined : f.ch.every((spec) => s.changes.some((c) => changeMatches(spec, c))),
    period: f.p === undefined ? undefined : samePeriod(s.period?.value, f.p),
    stage: f.st === undefined ? undefined : s.stage?.value === f.st,
  };
}

/** Numbers weigh more than the period and stage when picking the fact a statement reads. */
const WEIGHT: Record<Field, number> = { value: 10, unit: 1, bound: 1, completion: 10, change: 10, period: 1, stage: 1 };
function points(a: Record<Field, boolean | undefined>): number {
  return FIELDS.reduce((n, k) => n + (a[k] ? WEIGHT[k] : 0), 0);
}

function bestFor(f: RealFact, statements: readonly Statement[]): Statement | undefined {
  let best: Statement | undefined;
  let bestPoints = 0;
  for (const s of statements) {
    const p = points(agreement(f, s));
    if (p > bestPoints) {
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
  const v = s.value;
  if (v && certain(v) && !v.value.approximate && !unread.has('value')) {
    const q = v.value;
    if (!fact || fact.v !== q.base) out.push(`value ${q.base}`);
    else if (fact.a && !q.approximate) out.push(`value ${q.base} read as exact (${fact.a})`);
    else if (fact.u && q.unitCode && q.unitCode !== fact.u) out.push(`unit ${q.unitCode}`);
  }
  const c = s.completion;
  if (c && certain(c) && !c.value.approximate && !unread.has('completion')) {
    if (!fact || fact.c !== c.value.percent.value) out.push(`completion ${c.value.percent.value}`);
  }
  for (const ch of s.changes) {
    if (!certain(ch) || ch.value.approximate) continue;
    const specs = fact?.ch ?? [];
    const sameNumber = specs.filter((spec) => {
      const [form, amount] = spec.split(' ');
      return form === ch.value.form && amount === ch.value.amount.value;
    });
    if (sameNumber.length === 0) out.push(`change ${ch.value.form} ${ch.value.amount.value}`);
    else if (ch.value.base && !sameNumber.some((spec) => changeMatches(spec, ch)))
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
  if (f.v !== undefined && !certain(s.value)) return false;
  if (f.c !== undefined && !certain(s.completion)) return false;
  if (f.p !== undefined && !certain(s.period)) return false;
  return (f.ch ?? []).every((spec) => s.changes.some((c) => certain(c) && changeMatches(spec, c)));
}

export function scoreSentence(sentence: RealSentence): SentenceScore {
  const { statements } = extractReport(sentence.text, { locale: sentence.locale });
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
    }
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

/** The score table, one row per group. */
export function table(groups: readonly (readonly [string, Tally])[]): string {
  const head = ['group', 'sent.', 'facts', 'whole-fact', 'certain', ...FIELDS, 'silent wrong', 'target/actual'];
  const rows = groups.map(([name, t]) => [
    name,
    String(t.sentences),
    String(t.facts),
    pct(t.recalled, t.facts),
    pct(t.recalledCertain, t.facts),
    ...FIELDS.map((k) => pct(t.fields[k].right, t.fields[k].total)),
    String(t.silentWrong),
    pct(t.kindRight, t.kindTotal),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * Scores the corpus in groups: all, seen, unseen, and per locale. Sentences of the `fresh` split
 * (the third group, never tuned on) count only in `fresh`, `vi fresh`, `en fresh` and
 * `all + fresh`, so `all`, `seen`, `unseen`, `vi` and `en` stay the groups earlier figures were
 * measured on; the fresh groups are listed only when the corpus has fresh sentences. The released
 * half of the fresh set (ids `*-released-*`) is also tallied on its own (`released`, `vi released`,
 * `en released`): new articles the first rounds of rules were not written on. The second fresh
 * set (split `test2`) counts only in `test2`, `vi test2` and `en test2`, listed only when present;
 * the third (split `test3`) only in `test3`, `vi test3` and `en test3`, likewise; the fourth (split
 * `fresh4`) only in `fresh4`, `vi fresh4` and `en fresh4`; the fifth (split `test5`, held out) only in
 * `test5`, `vi test5` and `en test5`; the sixth (split `test6`, held out) only in `test6`, `vi test6`
 * and `en test6`; the seventh (split `test7`, held out) only in `test7`, `vi test7` and `en test7`;
 * the eighth (split `test8`, held out) only in `test8`, `vi test8` and `en test8`; the ninth (split
 * `test9`, held out) only in `test9`, `vi test9` and `en test9`; the tenth (split `test10`, held out)
 * only in `test10`, `vi test10` and `en test10`; the eleventh (split `test11`, held out) only in
 * `test11`, `vi test11` and `en test11`; the twelfth (split `test12`, held out) only in `test12`,
 * `vi test12` and `en test12`; the thirteenth (split `test13`, held out) only in `test13`,
 * `vi test13` and `en test13`.
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
  // the second fresh set (split `test2`): tallied only in its own groups, never in `all + fresh`
  const test2Names = ['test2', 'vi test2', 'en test2'] as const;
  // the third fresh set (split `test3`): likewise tallied only in its own groups
  const test3Names = ['test3', 'vi test3', 'en test3'] as const;
  // the fourth fresh set (split `fresh4`): likewise tallied only in its own groups
  const fresh4Names = ['fresh4', 'vi fresh4', 'en fresh4'] as const;
  // the fifth fresh set (split `test5`): held out, tallied only in its own groups
  const test5Names = ['test5', 'vi test5', 'en test5'] as const;
  // the sixth fresh set (split `test6`): held out, tallied only in its own groups
  const test6Names = ['test6', 'vi test6', 'en test6'] as const;
  // the seventh fresh set (split `test7`): held out, tallied only in its own groups
  const test7Names = ['test7', 'vi test7', 'en test7'] as const;
  // the eighth fresh set (split `test8`): held out, tallied only in its own groups
  const test8Names = ['test8', 'vi test8', 'en test8'] as const;
  // the ninth fresh set (split `test9`): held out, tallied only in its own groups
  const test9Names = ['test9', 'vi test9', 'en test9'] as const;
  // the tenth fresh set (split `test10`): held out, tallied only in its own groups
  const test10Names = ['test10', 'vi test10', 'en test10'] as const;
  // the eleventh fresh set (split `test11`): held out, tallied only in its own groups
  const test11Names = ['test11', 'vi test11', 'en test11'] as const;
  // the twelfth fresh set (split `test12`): held out, tallied only in its own groups
  const test12Names = ['test12', 'vi test12', 'en test12'] as const;
  // the thirteenth fresh set (split `test13`): held out, tallied only in its own groups
  const test13Names = ['test13', 'vi test13', 'en test13'] as const;
  type Name =
    | (typeof names)[number]
    | (typeof freshNames)[number]
    | (typeof test2Names)[number]
    | (typeof test3Names)[number]
    | (typeof fresh4Names)[number]
    | (typeof test5Names)[number]
    | (typeof test6Names)[number]
    | (typeof test7Names)[number]
    | (typeof test8Names)[number]
    | (typeof test9Names)[number]
    | (typeof test10Names)[number]
    | (typeof test11Names)[number]
    | (typeof test12Names)[number]
    | (typeof test13Names)[number];
  const tallies = new Map<string, Tally>(
    [
      ...names,
      ...freshNames,
      ...test2Names,
      ...test3Names,
      ...fresh4Names,
      ...test5Names,
      ...test6Names,
      ...test7Names,
      ...test8Names,
      ...test9Names,
      ...test10Names,
      ...test11Names,
      ...test12Names,
      ...test13Names,
    ].map((n) => [n, emptyTally()]),
  );
  const scores: SentenceScore[] = [];
  for (const s of corpus) {
    const score = scoreSentence(s);
    scores.push(score);
    // the sixth fresh set (split `test6`): held out, only in its own groups
    if (s.split === 'test6') {
      for (const n of ['test6', `${s.locale} test6`]) addTo(tallies.get(n) as Tally, score);
      continue;
    }
    // the seventh fresh set (split `test7`): held out to the end of the session, only in its own groups
    if (s.split === 'test7') {
      for (const n of ['test7', `${s.locale} test7`]) addTo(tallies.get(n) as Tally, score);
      continue;
    }
    // the eighth fresh set (split `test8`): held out to the end of the session, only in its own groups
    if (s.split === 'test8') {
      for (const n of ['test8', `${s.locale} test8`]) addTo(tallies.get(n) as Tally, score);
      continue;
    }
    // the ninth fresh set (split `test9`): held out to the end of the session, only in its own groups
    if (s.split === 'test9') {
      for (const n of ['test9', `${s.locale} test9`]) addTo(tallies.get(n) as Tally, score);
      continue;
    }
    // the tenth fresh set (split `test10`): held out to the end of the session, only in its own groups
    if (s.split === 'test10') {
      for (const n of ['test10', `${s.locale} test10`]) addTo(tallies.get(n) as Tally, score);
      continue;
    }
    // the eleventh fresh set (split `test11`): held out to the end of the session, only in its own groups
    if (s.split === 'test11') {
      for (const n of ['test11', `${s.locale} test11`]) addTo(tallies.get(n) as Tally, score);
      continue;
    }
    // the twelfth fresh set (split `test12`): held out to the end of the session, only in its own groups
    if (s.split === 'test12') {
      for (const n of ['test12', `${s.locale} test12`]) addTo(tallies.get(n) as Tally, score);
      continue;
    }
    // the thirteenth fresh set (split `test13`): held out to the end of the session, only in its own groups
    if (s.split === 'test13') {
      for (const n of ['test13', `${s.locale} test13`]) addTo(tallies.get(n) as Tally, score);
      continue;
    }
    const into: readonly string[] =
      s.split === 'test5'
        ? ['test5', `${s.locale} test5`]
        : s.split === 'fresh4'
          ? ['fresh4', `${s.locale} fresh4`]
          : s.split === 'test3'
            ? ['test3', `${s.locale} test3`]
            : s.split === 'test2'
              ? ['test2', `${s.locale} test2`]
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
  const listed: readonly Name[] = [
    ...names,
    ...((tallies.get('fresh') as Tally).sentences > 0 ? freshNames : []),
    ...((tallies.get('test2') as Tally).sentences > 0 ? test2Names : []),
    ...((tallies.get('test3') as Tally).sentences > 0 ? test3Names : []),
    ...((tallies.get('fresh4') as Tally).sentences > 0 ? fresh4Names : []),
    ...((tallies.get('test5') as Tally).sentences > 0 ? test5Names : []),
    ...((tallies.get('test6') as Tally).sentences > 0 ? test6Names : []),
    ...((tallies.get('test7') as Tally).sentences > 0 ? test7Names : []),
    ...((tallies.get('test8') as Tally).sentences > 0 ? test8Names : []),
    ...((tallies.get('test9') as Tally).sentences > 0 ? test9Names : []),
    ...((tallies.get('test10') as Tally).sentences > 0 ? test10Names : []),
    ...((tallies.get('test11') as Tally).sentences > 0 ? test11Names : []),
    ...((tallies.get('test12') as Tally).sentences > 0 ? test12Names : []),
    ...((tallies.get('test13') as Tally).sentences > 0 ? test13Names : []),
  ];
  return { groups: listed.map((n) => [n, tallies.get(n) as Tally]), scores };
}
