// The first start: an administrator, and the synthetic demo program loaded through the services.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from './bootstrap.ts';
import { selectRows } from './kernel/db/index.ts';
import { createTestApp, type TestApp } from './testing/index.ts';

let t: TestApp;
let printed: string | undefined;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-11T15:00:00Z');
  printed = await bootstrap({ config: { ...t.config, demoData: true }, db: t.db, modules: t.modules, clock: t.clock });
}, 120_000);
afterAll(() => t.close());

const count = async (query: ReturnType<typeof sql>) => Number((await selectRows<{ n: number }>(t.db, query))[0]!.n);

describe('bootstrap with demo data', () => {
  it('prints a generated administrator password once and every demo login', () => {
    expect(printed).toMatch(/admin@example\.org {2}\S{16,}/);
    expect(printed).toContain('SYNTHETIC DEMO');
    expect(printed?.match(/@demo\.example\.org/g)).toHaveLength(11);
  });

  it('loads 24 patients with coverages and open episodes in 3 programs', async () => {
    expect(await count(sql`select count(*)::int as n from patients`)).toBe(24);
    expect(await count(sql`select count(*)::int as n from episodes where discharge_date is null`)).toBe(24);
    expect(await count(sql`select count(distinct payer_id)::int as n from coverages`)).toBe(3);
  });

  it('schedules the programs: PHP 20 h and each IOP 9 h a week, everyone enrolled, one waitlist', async () => {
    const hours = await selectRows<{ name: string; hours: number }>(
      t.db,
      sql`select p.name, sum(s.duration_minutes * (length(s.rrule) - length(replace(s.rrule, ',', '')) + 1))::float / 60 as hours
        from groups g join programs p on p.id = g.program_id join group_schedules s on s.group_id = g.id
        group by p.name order by p.name`,
    );
    expect(Object.fromEntries(hours.map((h) => [h.name, h.hours]))).toEqual({
      'Adult IOP – Mental Health': 9,
      'Adult PHP': 20,
      'IOP – Substance Use': 9,
    });
    expect(await count(sql`select count(*)::int as n from enrollments where status = 'waitlisted'`)).toBe(2);
    // Every admitted patient is active in every group of their program except the full one.
    expect(await count(sql`select count(*)::int as n from enrollments where status = 'active'`)).toBe(8 * 8 - 2);
    expect(await count(sql`select count(*)::int as n from sessions where patient_id is not null`)).toBe(3);
  });

  it('prices every code the demo payers bill in the charge master, each row marked synthetic', async () => {
    const rows = await selectRows<{ code: string; cents: number; synthetic: boolean; effective_from: string }>(
      t.db,
      sql`select code, cents, synthetic, effective_from::text from charge_master order by code`,
    );
    // Medicare itemized, commercial professional and per-diem codes (BILLING-RULES §2–§4).
    expect(rows.map((r) => r.code).sort()).toEqual([
      ...['90791', '90792', '90832', '90834', '90837', '90846', '90847', '90853'],
      ...['G0176', 'G0177', 'G0410', 'H0015', 'S0201', 'S9480'],
    ]);
    expect(rows.every((r) => r.synthetic && r.cents > 0 && r.effective_from === '2025-03-11')).toBe(true);
    expect(printed).toContain('synthetic prices for 14 codes');
  });

  it('does nothing on a database that already has users', async () => {
    expect(await bootstrap({ config: t.config, db: t.db, modules: t.modules, clock: t.clock })).toBeUndefined();
  });
});
