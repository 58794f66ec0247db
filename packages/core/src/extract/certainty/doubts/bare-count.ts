import type { DoubtRule } from '../context';

/** True when a field's rule is the bare count's (`rules/bare-count.ts`), whatever steps marked it after. */
const bare = (rule: string | undefined): boolean => rule?.includes('.value.bare-count') === true;

/**
 * `It operates through 21 branches`, `tặng quà cho 15 thiếu nhi`: a bare count read without a verb,
 * measure or list that states it (`rules/bare-count.ts`) — as often a description of the subject as a
 * figure of its own. Its value is always doubted.
 */
export const bareCountDoubt: DoubtRule = {
  id: 'bare-count',
  doubts: (_ctx, f, what) => what === 'value' && bare(f.rule),
};

/**
 * The target/actual reading of a statement whose only figure is a bare count: no verb states the
 * count, so no verb tells a result from a goal (`mục tiêu … 25 xã đạt chuẩn` and `… 25 xã` alike).
 */
export const bareCountKindDoubt: DoubtRule = {
  id: 'bare-count',
  doubts: (ctx, _f, what) =>
    what === 'kind' && bare(ctx.s.value?.rule) && ctx.s.completion === undefined && ctx.s.changes.length === 0,
};
