import { describe, expect, it } from 'vitest';
import type { ServiceLine } from './claim-model.ts';
import { claimIdOf, factKeys, lineKey } from './service-keys.ts';

const line: ServiceLine = {
  sessionId: 's1',
  patientId: 'p1',
  serviceDate: '2026-03-02',
  revenueCode: null,
  procedureCode: 'S9480',
  modifiers: [],
  units: 1,
  chargeCents: 45_000,
  placeOfService: null,
  renderingStaffId: null,
  supervisingStaffId: null,
  sessionIds: ['s1', 's2'],
  trace: [],
};

describe('service keys', () => {
  it('keys a per-diem line by the patient day and any other line by session and patient', () => {
    expect(lineKey(line, true)).toBe('day:p1:2026-03-02');
    expect(lineKey(line, false)).toBe('session:s1:p1');
  });

  it('lets a fact be found under either key', () => {
    const [own, day] = factKeys({ sessionId: 's2', patientId: 'p1', serviceDate: '2026-03-02' });
    expect(own).toBe('session:s2:p1');
    expect(day).toBe(lineKey(line, true));
  });
});

describe('claimIdOf', () => {
  const key = { patientId: 'p1', payerId: 'y1', period: { from: '2026-03-01', to: '2026-03-31' }, part: 1 };

  it('is a UUID, the same for the same run and key', () => {
    const id = claimIdOf('run-1', key);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(claimIdOf('run-1', key)).toBe(id);
  });

  it('differs by part, by period and by run', () => {
    const id = claimIdOf('run-1', key);
    expect(claimIdOf('run-1', { ...key, part: 2 })).not.toBe(id);
    expect(claimIdOf('run-1', { ...key, period: { from: '2026-03-02', to: '2026-03-08' } })).not.toBe(id);
    expect(claimIdOf('run-2', key)).not.toBe(id);
  });
});
