import type { Grammar } from '../grammar';
import { matchAt, phraseEndingAt } from '../phrase';
import type { Token } from '../tokenize';

/** How far after a goal noun its assigning verb may stand (`các chỉ tiêu mà Chính phủ giao`). */
const VERB_WINDOW = 6;

/**
 * A frame of goals in tokens `[from, to)` of a clause with no figure before the sentence's
 * first figure: a goal noun followed closely by an assigning verb (`Hầu hết các chỉ tiêu mà
 * Chính phủ giao cho các bộ ngành … như:`, `The targets set by the National Assembly:`). A
 * result word before the noun (`Kết quả thực hiện các chỉ tiêu được giao:`) frames results,
 * not goals. Linear: each token is tried once, the verb within a fixed window.
 */
export function goalFrame(
  tokens: readonly Token[],
  from: number,
  to: number,
  g: Grammar,
): { from: number; to: number } | undefined {
  for (let i = from; i < to; i++) {
    // (`Huyện đã hoàn thành vượt các chỉ tiêu đề ra, thu ngân sách đạt …`: goals met frame results)
    if (matchAt(tokens, i, g.resultWords, to) || matchAt(tokens, i, g.fulfilVerbs, to)) return undefined;
    const noun = matchAt(tokens, i, g.goalNouns, to);
    if (!noun) continue;
    for (let k = noun.to; k < to && k <= noun.to + VERB_WINDOW; k++) {
      const verb = matchAt(tokens, k, g.assignVerbs, to);
      if (verb) return { from: i, to: verb.to };
    }
    i = noun.to - 1;
  }
  return undefined;
}

/**
 * `Các chỉ tiêu chủ yếu năm 2025: …`, `Mục tiêu cụ thể: …`: a clause that OPENS with a goal noun
 * and ends on a colon (or a copula and a colon: grammar `goalHeadingCopulas`) heads a list of goals,
 * even with no assigning verb. A result word or a verb
 * of doing in it (`Kết quả thực hiện các chỉ tiêu:`, `Các chỉ tiêu đạt được:`) heads results.
 */
export function goalHeading(
  tokens: readonly Token[],
  from: number,
  to: number,
  g: Grammar,
): { from: number; to: number } | undefined {
  const noun = matchAt(tokens, from, g.goalNouns, to);
  if (!noun) return undefined;
  // (`Các chỉ tiêu kinh tế-xã hội chủ yếu năm 2024 là: …`: a copula right before the colon heads the list
  // as the colon does; round 69, probe of district reports — the goals had been certain results)
  const copula = g.goalHeadingCopulas ? phraseEndingAt(tokens, to, g.goalHeadingCopulas, 1) : -1;
  if (copula > noun.to) to = copula;
  for (let i = from; i < to; i++)
    if (
      matchAt(tokens, i, g.resultWords, to) ||
      matchAt(tokens, i, g.fulfilVerbs, to) ||
      matchAt(tokens, i, g.valueVerbs, to)
    )
      return undefined;
  return { from, to: noun.to };
}

/**
 * `Theo kế hoạch, năm 2025 tỉnh thu ngân sách 15.000 tỷ đồng`, `Theo kịch bản tăng trưởng, GRDP quý
 * IV tăng 9,5%`, `Under the plan, the city's GRDP grows 8% a year until 2030`, `According to the
 * scenario, exports reach …`: a sentence whose first clause is a source that is a plan, a scenario or
 * a roadmap (and holds no figure) frames its figures as goals; a result word or stage word in a
 * later clause (`đến nay đã …`, `ước đạt …`) keeps that clause's result (`frame.ts`). `Theo Sở Kế
 * hoạch và Đầu tư, …` is an agency: the plan noun must follow the lead directly. `Theo Kế hoạch số
 * 45/KH-UBND ngày 12/01/2024, …` cites a numbered document (the words `số` and a number glued to
 * its code): a source, no plan of the figures.
 */
export function planSource(
  tokens: readonly Token[],
  from: number,
  to: number,
  g: Grammar,
): { from: number; to: number } | undefined {
  const lead = matchAt(tokens, from, g.planSourceLeads, to);
  if (!lead) return undefined;
  const k = matchAt(tokens, lead.to, g.qualifierNouns, to)?.to ?? lead.to;
  const code = tokens[k + 1];
  const numbered =
    tokens[k]?.kind === 'number' && code?.kind === 'punct' && code.gap === '' && /^[/-]$/u.test(code.text);
  return numbered ? undefined : { from, to: lead.to };
}
