import { describe, expect, it } from 'vitest';
import type { ServiceLine } from './claim-model.ts';
import { claimIdOf, factKeys, lineKey } from './service-keys.ts';

const line = { sessionId: 's1', patientId: 'p1', serviceDate: '2026-03-02' } as const;

describe('service keys', () => {
  it('keys a per-diem line by the patient day and any other line by session and patient', () => {
    expect(lineKey(line as unknown as ServiceLine, true)).toBe('day:p1:2026-03-02');
    expect(lineKey(line as unknown as ServiceLine, false)).toBe('session:s1:p1');
  });

  it('lets a fact be found under either key', () => {
    const keys = factKeys({ ...line } as never);
    expect(keys).toEqual(['session:s1:p1', 'day:p1:2026-03-02']);
  });
});

describe('claimIdOf', () => {
  const key = { patientId: 'p1', payerId: 'y1', period: { from: '2026-03-01', to: '2026-03-31' }, part: 1 };

  it('is a UUID, the same for the same run and key', () => {
    const id = claimIdOf('run-1', key);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(claimIdOf('run-1', key)).toBe(id);
  });

  it('differs by part and by run', () => {
    const id = claimIdOf('run-1', key);
    expect(claimIdOf('run-1', { ...key, part: 2 })).not.toBe(id);
    expect(claimIdOf('run-2', key)).not.toBe(id);
  });
});
