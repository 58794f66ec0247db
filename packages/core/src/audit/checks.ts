import { checkChange } from './check-change';
import { checkCompletion } from './check-completion';
import { checkComponent } from './check-component';
import { checkDensitiesAgree } from './check-densities';
import { checkDensity } from './check-density';
import { checkGrowth } from './check-growth';
import type { Check } from './context';

/** Every check, in the order findings are listed. @internal */
export const CHECKS: readonly Check[] = [
  checkCompletion,
  checkDensity,
  checkDensitiesAgree,
  checkComponent,
  checkChange,
  checkGrowth,
];
