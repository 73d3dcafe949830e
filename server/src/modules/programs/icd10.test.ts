import { describe, expect, it } from 'vitest';
import { isIcd10CmCode, normalizeIcd10 } from './icd10.ts';

describe('ICD-10-CM code shape', () => {
  it.each(['F33.1', 'F32.A', 'F10.20', 'F43.10', 'F41.9', 'F10.239', 'T74.11XA', 'Z63', 'U07.1'])(
    'accepts %s',
    (code) => {
      expect(isIcd10CmCode(code)).toBe(true);
    },
  );

  it.each(['', 'F3', 'F331', '33.1', 'FF3.1', 'F33.', 'F33.12345', 'F33-1', 'f33.1', 'F33.1 ', 'F3$.1'])(
    'rejects %j',
    (code) => {
      expect(isIcd10CmCode(code)).toBe(false);
    },
  );

  it('normalizes case and surrounding spaces before the check', () => {
    expect(normalizeIcd10(' f33.1 ')).toBe('F33.1');
    expect(isIcd10CmCode(normalizeIcd10('t74.11xa'))).toBe(true);
  });
});
