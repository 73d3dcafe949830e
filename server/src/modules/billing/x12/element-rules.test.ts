import { describe, expect, it } from 'vitest';
import { measuredLength, parseSyntax, syntaxProblem, typeProblem } from './element-rules.ts';

describe('data types', () => {
  it('counts numeric lengths without sign or decimal point', () => {
    expect(measuredLength('R', '-12.50')).toBe(4);
    expect(measuredLength('N0', '-0012')).toBe(4);
    expect(measuredLength('AN', ' A-1.')).toBe(5);
  });
  it('accepts whole numbers for N and decimals for R', () => {
    expect(typeProblem('N0', '0012')).toBeUndefined();
    expect(typeProblem('N2', '-5')).toBeUndefined();
    expect(typeProblem('N0', '1.5')).toBeDefined();
    for (const ok of ['1', '1.', '.5', '-3.25']) expect(typeProblem('R', ok), ok).toBeUndefined();
    for (const bad of ['', '.', '1.2.3', '1e3', 'abc']) expect(typeProblem('R', bad), bad).toBeDefined();
  });
  it('accepts only calendar dates', () => {
    expect(typeProblem('DT', '20240229')).toBeUndefined();
    expect(typeProblem('DT', '240115')).toBeUndefined();
    expect(typeProblem('DT', '20230229')).toBeDefined();
    expect(typeProblem('DT', '20241301')).toBeDefined();
    expect(typeProblem('DT', '20240100')).toBeDefined();
    expect(typeProblem('DT', '2024-01-01')).toBeDefined();
  });
  it('accepts only clock times', () => {
    expect(typeProblem('TM', '2359')).toBeUndefined();
    expect(typeProblem('TM', '235959')).toBeUndefined();
    expect(typeProblem('TM', '23595999')).toBeUndefined();
    expect(typeProblem('TM', '2400')).toBeDefined();
    expect(typeProblem('TM', '1260')).toBeDefined();
    expect(typeProblem('TM', '120060')).toBeDefined();
  });
  it('refuses control characters in text', () => {
    expect(typeProblem('AN', 'HOPE BEHAVIORAL')).toBeUndefined();
    expect(typeProblem('AN', 'A\tB')).toBeDefined();
  });
});

describe('syntax notes', () => {
  const with_ =
    (...positions: number[]) =>
    (position: number) =>
      positions.includes(position);
  it('reads the relation and its positions', () => {
    expect(parseSyntax('L020304')).toEqual({ kind: 'L', positions: [2, 3, 4], text: 'L020304' });
    expect(() => parseSyntax('X0102')).toThrow();
  });
  it('applies paired, required, exclusion, conditional and list conditional rules', () => {
    const check = (text: string, ...present: number[]) => syntaxProblem(parseSyntax(text), with_(...present));
    expect(check('P0809')).toBeUndefined();
    expect(check('P0809', 8, 9)).toBeUndefined();
    expect(check('P0809', 8)).toBeDefined();
    expect(check('R0203', 3)).toBeUndefined();
    expect(check('R0203')).toBeDefined();
    expect(check('E0203', 2)).toBeUndefined();
    expect(check('E0203', 2, 3)).toBeDefined();
    expect(check('C0809', 9)).toBeUndefined();
    expect(check('C0809', 8)).toBeDefined();
    expect(check('C080910', 8, 9)).toBeDefined();
    expect(check('L020304', 2, 4)).toBeUndefined();
    expect(check('L020304', 2)).toBeDefined();
    expect(check('L020304', 3)).toBeUndefined();
  });
});
