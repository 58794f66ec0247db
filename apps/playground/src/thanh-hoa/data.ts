import { assertDataset, type Dataset, type Evaluation, evaluateDataset, withImpliedTargets } from '@chitieu/core';
import raw from '../../data/thanh-hoa-2020.json';

/** The seed report's indicators, validated by the core (the dataset test checks it too). */
export const thanhHoa2020: Dataset = assertDataset(raw);

/** What the library derives from the report as printed. */
export const thanhHoaEvaluations: readonly Evaluation[] = evaluateDataset(thanhHoa2020);

/**
 * The report states "% of plan" but never the plan: for cards and the scorecard, each observation
 * with a stated completion gets the plan that completion implies (the core's `withImpliedTargets`),
 * so status and completion can be shown; the components mark it derived, and the table "stated
 * vs derived" says so.
 */
export const thanhHoa2020WithPlans: Dataset = withImpliedTargets(thanhHoa2020);
