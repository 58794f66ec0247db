import type { Statement } from '../extract/types';
import { CHECKS } from './checks';
import { checkContext } from './context';
import { statementFacts } from './facts';
import type { AuditOptions, Finding } from './types';

/**
 * Cross-checks the numbers of extracted statements: stated completion against actual ÷ target,
 * stated density against the population, densities of one period against each other, `trong
 * đó` components against their totals, stated changes against the two values, and next targets
 * against plausible growth. Every stated number is the interval of its printed precision, so a
 * finding means no exact values within that precision agree.
 *
 * @example
 * const statements = extractStatements(seedText, { locale: 'vi' });
 * auditStatements(statements).map((f) => f.kind); // ['densities-disagree']
 */
export function auditStatements(statements: readonly Statement[], options: AuditOptions = {}): Finding[] {
  const ctx = checkContext('statements', statementFacts(statements), options);
  return CHECKS.flatMap((check) => check(ctx));
}
