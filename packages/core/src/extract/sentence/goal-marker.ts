import { afterPercent } from '../certainty/helpers';
import { matchAt } from '../phrase';
import { type Item, isPastParticiple } from '../rules/context';
import type { SentenceContext } from './context';

/** How many tokens (articles, modifiers) may stand between a fulfilling verb and the goal noun it takes. */
const OBJECT_WINDOW = 3;

/**
 * True when target marker `it` frames a goal. A goal noun is no goal frame when it is the object
 * of a verb of a result (`domestic collection fulfilled the set target with 37 trillion VND`,
 * `met its annual target`, `đã hoàn thành mục tiêu`) or a modifier inside a compound noun
 * (`capital for national target programmes`, `chương trình mục tiêu quốc gia`) — unless its own
 * value follows it (`surpassing the target of 8 million`: that figure is the goal's). Reads at most
 * {@link OBJECT_WINDOW} tokens before the marker.
 */
export function isGoalMarker(a: SentenceContext, it: Item): boolean {
  if (it.t !== 'marker' || it.kind !== 'target') return false;
  const g = a.g;
  if (!requirementVerb(a, it)) return false;
  // `As predicted, exports reached …`, `higher than projected`, `was projected to reach`: a
  // participle marker after `as`, `than` or a form of `be` frames nothing of its own
  const participles = g.participleMarkers;
  const lead = a.tokens[it.from - 1];
  if (!directiveLinked(a, it)) return false;
  if (
    participles &&
    it.to - it.from === 1 &&
    participles.words.has(a.tokens[it.from]?.forms.fold ?? '') &&
    lead?.kind === 'word' &&
    participles.blockers.has(lead.forms.fold)
  )
    return false;
  if (matchAt(a.tokens, it.to, g.targetCompoundNouns)) return false;
  // `is likely to have widened to $3.5 billion`, `could have reached …`: a guess at a result
  // already past, no goal
  if (guessAtPast(a, it)) return false;
  // `surpassing the target of 8 million set earlier`: the figure right after is the goal's own value
  const of = matchAt(a.tokens, it.to, g.planOf);
  if (of && (a.tokens[of.to]?.kind === 'number' || matchAt(a.tokens, of.to, g.currencyBefore))) return true;
  // `6.5%, higher than the forecast`, `so với dự báo đầu năm`: a goal noun after a comparison word
  // is the base of a comparison, not a frame (unless its own value follows, read above).
  for (let k = Math.max(0, it.from - OBJECT_WINDOW - 1); k < it.from; k++) {
    const lead = matchAt(a.tokens, k, g.periodBaseLeads, it.from);
    if (!lead) continue;
    let plain = true;
    for (let j = lead.to; j < it.from; j++) if (a.tokens[j]?.kind !== 'word') plain = false;
    if (plain) return false;
  }
  const goalNoun = matchAt(a.tokens, it.from, g.goalNouns, it.to) !== null;
  for (let k = Math.max(0, it.from - OBJECT_WINDOW - 1); k < it.from; k++) {
    // (`báo cáo kết quả thực hiện các chỉ tiêu năm 2024, trong đó …`: the results of a goal noun;
    // `The figure is expected to …` keeps its verb of forecast)
    const verb =
      matchAt(a.tokens, k, g.fulfilVerbs, it.from) ?? (goalNoun ? matchAt(a.tokens, k, g.resultWords, it.from) : null);
    if (!verb) continue;
    // (`con số mục tiêu của năm 2025 là 85 tỉ đồng`: a noun for a figure before the goal noun names the
    // goal's own figure, never a result of it)
    if (matchAt(a.tokens, verb.from, g.digitNouns, verb.to)?.to === verb.to) continue;
    // only words between the verb and the noun (`the set`, `its annual`); a joiner between them
    // closes the verb's clause (`has been completed and contractors are aiming to complete 85% …`:
    // the goal is the next clause's, R26EN)
    let plain = true;
    for (let j = verb.to; j < it.from; j++)
      if (a.tokens[j]?.kind !== 'word' || matchAt(a.tokens, j, g.joiners, it.from)) plain = false;
    if (plain) return false;
  }
  if (completionOfGoal(a, it)) return false;
  for (let k = Math.max(0, it.from - 2); k < it.from; k++) {
    const head = matchAt(a.tokens, k, g.targetCompoundHeads, it.from);
    if (head?.to === it.from) return false;
  }
  return true;
}

/** How many tokens a completion's percentages and plan words may take between its verb and the goal noun. */
const COMPLETION_WINDOW = 10;

/**
 * `completing 60% target`, `completing 68% and 85% revenue and profit target, respectively`,
 * `achieving 95 percent of the annual target`: a verb of fulfilling (grammar `fulfilVerbs`) right
 * before a percentage, then only percentages, words and joiners up to the goal noun — the plan a
 * result is measured against, no frame of a goal (round 32, test21's analysts' notes).
 */
function completionOfGoal(a: SentenceContext, it: Item): boolean {
  const t = a.tokens;
  for (let k = Math.max(0, it.from - COMPLETION_WINDOW - 1); k < it.from; k++) {
    const verb = matchAt(t, k, a.g.fulfilVerbs, it.from);
    if (!verb || t[verb.to]?.kind !== 'number') continue;
    let j = verb.to;
    let percents = 0;
    while (j < it.from) {
      const x = t[j];
      if (x?.kind === 'number') {
        const pct = afterPercent(t, a.g, j);
        if (!pct.percent) break;
        percents++;
        j = pct.to;
      } else if (x?.kind === 'word') j++;
      else break;
    }
    if (j === it.from && percents > 0) return true;
  }
  return false;
}

/** How many words may stand between a directive verb and its infinitive's `to` (`urged the northern provinces to`). */
const DIRECTIVE_OBJECT = 5;

/**
 * False when a one-word directive marker (grammar `directiveMarkers`: `requested`, `urged`) has no
 * infinitive's `to` within {@link DIRECTIVE_OBJECT} words after it (`the requested capital of US$2
 * billion`, `urged by strong demand`): it frames nothing. True for every other marker.
 */
function directiveLinked(a: SentenceContext, it: Item): boolean {
  const d = a.g.directiveMarkers;
  if (!d || it.to - it.from !== 1 || !d.words.has(a.tokens[it.from]?.forms.fold ?? '')) return true;
  for (let k = it.to; k < a.tokens.length && k <= it.to + DIRECTIVE_OBJECT; k++) {
    const t = a.tokens[k];
    if (t?.kind !== 'word') return false;
    if (d.link.has(t.forms.fold)) return true;
  }
  return false;
}

/**
 * False when a one-word marker of a requirement (`needs`, `requires`) is the noun, not the verb: a
 * determiner or a verb of meeting before it (`the needs of …`, `meet their needs`), or `of`/`for`
 * after it (`needs of 2 million people`). True for every other marker.
 */
function requirementVerb(a: SentenceContext, it: Item): boolean {
  if (it.to - it.from !== 1) return true;
  const word = a.tokens[it.from]?.forms.fold ?? '';
  const nouns = a.g.requirementNouns;
  if (!nouns?.words.has(word)) return true;
  const before = a.tokens[it.from - 1];
  if (before?.kind === 'word' && nouns.before.has(before.forms.fold)) return false;
  const after = a.tokens[it.to];
  return !(after?.kind === 'word' && nouns.after.has(after.forms.fold));
}

/**
 * True when target marker `it` ends in (or is followed by) the perfect infinitive after `to` or a
 * modal, before a word (`is likely to have widened`, `is predicted to have declined`, `could have
 * reached`): a guess at a result already past — no goal; the report's estimate (`frame.ts`).
 */
export function guessAtPast(a: SentenceContext, it: Item): boolean {
  if (it.t !== 'marker' || it.kind !== 'target') return false;
  const g = a.g;
  const perfect = (k: number): boolean => {
    const have = a.tokens[k];
    const last = a.tokens[k - 1]?.forms.lower;
    return (
      have?.kind === 'word' &&
      g.perfectInfinitive?.has(have.forms.lower) === true &&
      (last === 'to' || (last !== undefined && g.modals?.has(last) === true)) &&
      isPastParticiple(g, a.tokens[k + 1])
    );
  };
  // (the scanner reads the `have` into the marker: `scan.ts`)
  return (it.to - 1 > it.from && perfect(it.to - 1)) || perfect(it.to);
}

/**
 * True when target marker `it` is a future auxiliary or a forecast noun (`will`, `sẽ`,
 * `forecast`; the grammars' `leadingOnlyMarkers`): it frames only the figures AFTER it. After a clause's
 * figure it starts a new thought (`growth hit 6%, which will help …`, `xuất khẩu đạt 5 tỷ USD, sẽ
 * tiếp tục tăng`), never turning the result before it into a goal.
 */
export function isLeadingOnlyMarker(a: SentenceContext, it: Item): boolean {
  if (it.t !== 'marker' || it.kind !== 'target') return false;
  // `…, which will be used …`, `… and will reach …`: a longer forecast phrase opened by `will`
  const first = a.tokens[it.from];
  if (it.future === true || (first !== undefined && a.g.futureAuxiliaries.has(first.forms.lower))) return true;
  // `… climbed 5.2% in October 2024 reflecting the government's effort to support the economy`,
  // `…, hoping to …`: a wish or an effort TO do something frames what follows it, never the result
  // before it (a passive after the figures still does: `growth of 6% is targeted`)
  return it.to - it.from > 1 && a.tokens[it.to - 1]?.forms.lower === 'to';
}
