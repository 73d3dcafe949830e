import { describe, expect, it } from 'vitest';
import { nextRecertification } from './recertification.ts';

describe('nextRecertification', () => {
  it('falls on the 18th day of a PHP stay, then every 30 days', () => {
    expect(nextRecertification('PHP', '2026-03-01', null, '2026-03-01')).toBe('2026-03-18');
    expect(nextRecertification('PHP', '2026-03-01', null, '2026-03-18')).toBe('2026-03-18');
    expect(nextRecertification('PHP', '2026-03-01', null, '2026-03-19')).toBe('2026-04-17');
  });
  it('comes every 60 days of an IOP stay', () => {
    expect(nextRecertification('IOP', '2026-01-01', null, '2026-02-01')).toBe('2026-03-02');
    expect(nextRecertification('IOP', '2026-01-01', null, '2026-03-03')).toBe('2026-05-01');
  });
  it('is none once the episode ends before it', () => {
    expect(nextRecertification('PHP', '2026-03-01', '2026-03-17', '2026-03-02')).toBeNull();
    expect(nextRecertification('PHP', '2026-03-01', '2026-03-18', '2026-03-02')).toBe('2026-03-18');
  });
});
