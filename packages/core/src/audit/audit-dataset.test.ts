import { describe, expect, it } from 'vitest';
import { assertDataset } from '../dataset/parse-dataset';
import { auditDataset } from './audit-dataset';

const dataset = (observations: unknown[], indicators: unknown[] = INDICATORS) =>
  assertDataset({ title: 'test', indicators, observations });

const INDICATORS = [
  { id: 'phones', name: 'Thuê bao điện thoại', unit: 'subscriber', percentDecimals: 2, density: { per: '100' } },
  { id: 'broadband', name: 'Thuê bao băng rộng', unit: 'subscriber', percentDecimals: 2, density: { per: '100' } },
  { id: 'revenue', name: 'Doanh thu', unit: 'VND', scale: 9, percentDecimals: 1 },
  { id: 'telecom', name: 'Doanh thu viễn thông', unit: 'VND', scale: 9, parent: 'revenue' },
];

describe('auditDataset', () => {
  it('densities › the seed’s 2021 targets imply different populations', () => {
    const findings = auditDataset(
      dataset([
        {
          indicator: 'phones',
          period: '2020',
          actual: '2890000',
          nextTarget: { period: '2021', value: '2916000', density: '80.00' },
        },
        {
          indicator: 'broadband',
          period: '2020',
          actual: '1800000',
          stated: { density: '49.8' },
          nextTarget: { period: '2021', value: '1830000', density: '50.60' },
        },
      ]),
    );
    expect(findings.map((f) => [f.kind, f.observations])).toEqual([['densities-disagree', [0, 1]]]);
    expect(findings[0]?.statements).toEqual([]);
  });
  it('completion › stated completion against actual ÷ target, rounding tolerated', () => {
    const ok = auditDataset(
      dataset([
        { indicator: 'revenue', period: '2020', actual: '3630', target: '3608', stated: { completion: '100.6' } },
      ]),
    );
    expect(ok).toEqual([]);
    const bad = auditDataset(
      dataset([
        { indicator: 'revenue', period: '2020', actual: '3630', target: '3500', stated: { completion: '100.6' } },
      ]),
    );
    expect(bad.map((f) => f.kind)).toEqual(['completion-mismatch']);
  });
  it('density › the observation’s population', () => {
    const obs = {
      indicator: 'broadband',
      period: '2020',
      actual: '1800000',
      population: '3700000',
      stated: { density: '49.8' },
    };
    expect(auditDataset(dataset([obs])).map((f) => f.kind)).toEqual(['density-mismatch']);
    expect(auditDataset(dataset([{ ...obs, population: '3614458' }]))).toEqual([]);
  });
  it('component › a child indicator above its parent in the same period', () => {
    const findings = auditDataset(
      dataset([
        { indicator: 'revenue', period: '2020', actual: '3630' },
        { indicator: 'telecom', period: '2020', actual: '3700' },
      ]),
    );
    expect(findings.map((f) => [f.kind, f.observations])).toEqual([['component-exceeds-total', [0, 1]]]);
  });
  it('change › stated change against the previous value', () => {
    const obs = {
      indicator: 'revenue',
      period: '2020',
      actual: '3630',
      previous: '3300',
      stated: { change: { form: 'rate', value: '12' } },
    };
    expect(auditDataset(dataset([obs])).map((f) => f.kind)).toEqual(['change-mismatch']);
    expect(auditDataset(dataset([{ ...obs, stated: { change: { form: 'rate', value: '10' } } }]))).toEqual([]);
  });
  it('growth › next target versus actual, with the threshold as an option', () => {
    const obs = { indicator: 'revenue', period: '2020', actual: '3630', nextTarget: { period: '2021', value: '6000' } };
    expect(auditDataset(dataset([obs])).map((f) => f.kind)).toEqual(['implausible-growth']);
    expect(auditDataset(dataset([obs]), { growth: { max: 1 } })).toEqual([]);
  });
});
