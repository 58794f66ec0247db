import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors/chitieu-error';
import { auditDataset, auditStatements, extractReport, extractStatements } from '../../src/extract';
import { parseNumber, parseQuantity } from '../../src/index';

/** The refusal a call gives: a typed error, or the test fails with what was thrown instead. */
const refusal = (run: () => unknown): ChitieuError => {
  try {
    run();
  } catch (error) {
    if (ChitieuError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('a getter that throws');
    },
  },
);

describe('extraction, audit and parse refuse bad arguments with a typed error naming them', () => {
  it('auditDataset names the dataset or the options', () => {
    expect(refusal(() => auditDataset('dataset' as never)).message).toMatch(/^auditDataset: expected the dataset/);
    expect(refusal(() => auditDataset(null as never)).path).toBe('dataset');
    expect(refusal(() => auditDataset({ indicators: [], observations: null } as never)).path).toBe(
      'dataset.observations',
    );
    expect(refusal(() => auditDataset({ indicators: [], observations: [] } as never, null as never)).path).toBe(
      'options',
    );
    expect(refusal(() => auditDataset(throwing as never)).message).toMatch(/^auditDataset: /);
  });

  it('auditStatements names the array, the bad entry or the options', () => {
    expect(refusal(() => auditStatements('x' as never)).path).toBe('statements');
    expect(refusal(() => auditStatements([1] as never)).path).toBe('statements[0]');
    const holes = new Array(3) as never;
    expect(refusal(() => auditStatements(holes)).message).toMatch(/statements\[0\] is not a statement/);
    expect(refusal(() => auditStatements([], null as never)).path).toBe('options');
    expect(refusal(() => auditStatements([throwing] as never)).message).toMatch(/^auditStatements: /);
    expect(auditStatements([])).toEqual([]);
  });

  it('parseNumber and parseQuantity quote at most 40 characters of a refused text', () => {
    const long = `${'1'.repeat(20_000)}x`;
    for (const message of [
      refusal(() => parseNumber(long, 'vi')).message,
      refusal(() => parseQuantity(long, 'vi')).message,
      refusal(() => parseQuantity(`x${long}`, 'en')).message,
    ]) {
      expect(message.length).toBeLessThan(300);
      expect(message).toContain('…');
    }
  });

  it('parseQuantity refuses null options and units that are no array', () => {
    expect(refusal(() => parseQuantity('5 kg', 'vi', null as never)).path).toBe('options');
    expect(refusal(() => parseQuantity('5 kg', 'vi', { units: 5 } as never)).path).toBe('options.units');
    expect(refusal(() => parseQuantity('5 kg', 'vi', throwing as never)).message).toMatch(/^parseQuantity: /);
  });

  it('extractReport and extractStatements turn a throwing options object into a typed error', () => {
    expect(refusal(() => extractReport('tăng 5%', throwing as never)).path).toBe('options');
    expect(refusal(() => extractStatements('tăng 5%', throwing as never)).message).toMatch(/options/);
    expect(refusal(() => extractReport(42 as never, { locale: 'vi' })).message).toMatch(/got 42/);
    expect(refusal(() => extractReport('x', { locale: 'x'.repeat(5000) })).message.length).toBeLessThan(200);
  });
});
