import { asArgumentError, isArgumentObject, optionalObjectArgument, requireArrayArgument } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { describeValue } from '../errors/quote';
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
  const fn = 'auditStatements';
  requireArrayArgument(fn, 0, 'statements', 'an array of extractStatements() results', statements);
  optionalObjectArgument(fn, 1, 'options', options);
  try {
    for (let i = 0; i < statements.length; i++) {
      const statement = statements[i];
      if (!isArgumentObject(statement))
        throw new ChitieuError(
          'INVALID_OPTION',
          `${fn}: statements[${i}] is not a statement from extractStatements(), got ${describeValue(statement)}`,
          { path: `statements[${i}]` },
        );
    }
    const ctx = checkContext('statements', statementFacts(statements), options);
    return CHECKS.flatMap((check) => check(ctx));
  } catch (error) {
    throw asArgumentError(fn, 'statements or options', error);
  }
}
