import { matchAt } from '../phrase';
import { isPastParticiple } from '../rules/context';
import type { SentenceContext } from './context';

/** How many tokens after an adopting verb its goal noun may stand (`thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu`). */
const NOUN_WINDOW = 10;

/**
 * `Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu: thương mại - dịch vụ tăng
 * bình quân hằng năm 10-12%; …`, `HĐND huyện đề ra các chỉ tiêu năm 2025, trong đó thu ngân sách
 * đạt 95 tỷ đồng`, `Kỳ họp quyết nghị các chỉ tiêu chủ yếu: GRDP tăng 8%`: a verb of adopting goals
 * (grammar `adoptVerbs`) followed within {@link NOUN_WINDOW} tokens by a goal noun (`goalNouns`),
 * both before the sentence's first figure, frames that figure and the sentence's later ones as the
 * goals adopted (`frame.ts`, `figureless.ts`). A result word among them (`thông qua báo cáo kết quả thực hiện các chỉ tiêu năm
 * 2024: GRDP tăng 7,2%`) or a verb of meeting a goal (`hoàn thành`, `vượt`) frames results; a goal
 * noun before the verb (`các chỉ tiêu đề ra đều đạt`) is `goal-frame.ts`'s. Returns the frame's
 * tokens in `[from, to)`, or undefined. Linear: the tokens once, the noun within a fixed window.
 */
export function adoptedGoals(a: SentenceContext, from: number, to: number): { from: number; to: number } | undefined {
  const verbs = a.g.adoptVerbs;
  if (!verbs || verbs.length === 0 || from >= to) return undefined;
  const t = a.tokens;
  const g = a.g;
  for (let i = from; i < to; i++)
    if (matchAt(t, i, g.resultWords, to) || matchAt(t, i, g.fulfilVerbs, to)) return undefined;
  // `Although the ministry set a target, …`, `After the government set a cap on imports, imports
  // fell …`: goals conceded or an event before the report's figures frame none of them
  if (matchAt(t, from, g.concessive?.leads ?? [], to) || matchAt(t, from, g.afterEventWords ?? [], to))
    return undefined;
  for (let i = from; i < to; i++) {
    const verb = matchAt(t, i, verbs, to);
    if (!verb) continue;
    for (let k = verb.to; k < to && k <= verb.to + NOUN_WINDOW; k++) {
      const noun = matchAt(t, k, g.adoptNouns ?? g.goalNouns, to);
      if (noun) return verbAfter(a, noun.to, to) ? undefined : { from: i, to: noun.to };
    }
    i = verb.to - 1;
  }
  return undefined;
}

/**
 * True when a joiner between the goal noun and the figures opens a verb of its own (`The city set a
 * plan in January and collected VND 12 trillion by June`: the figure is the second verb's result).
 * A joiner of nouns (`a plan for net revenue and PBT of …`) is none. Only a grammar that tells verb
 * forms (English past participles) can say; read once over `[from, to)`.
 */
function verbAfter(a: SentenceContext, from: number, to: number): boolean {
  if (!a.g.pastParticiples) return false;
  for (let k = from; k < to; k++) {
    const j = matchAt(a.tokens, k, a.g.joiners, to);
    if (j && isPastParticiple(a.g, a.tokens[j.to])) return true;
  }
  return false;
}
