// The service on a real database, with the programs module's ports stubbed: the chart header shows
// whatever open episodes the activeEpisodes port returns, read in the same transaction as the audit.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, createAudit } from '../../kernel/audit/index.ts';
import { ManualClock } from '../../kernel/clock.ts';
import type { Database, Db } from '../../kernel/db/index.ts';
import { notFound, systemContext, type PatientAccess } from '../../kernel/http/index.ts';
import { testDatabase } from '../../testing/index.ts';
import type { EpisodeSummary } from './patients.deps.ts';
import { createPatientsService } from './patients.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.close());

const everyone: PatientAccess = {
  visibleCondition: () => undefined,
  assertVisible: async () => {},
};

const episode: EpisodeSummary = {
  id: '11111111-1111-4111-8111-111111111111',
  programId: '22222222-2222-4222-8222-222222222222',
  programName: 'Adult PHP',
  levelOfCare: 'PHP',
  admitDate: '2026-01-05',
  dischargeDate: null,
  attendingStaffId: '33333333-3333-4333-8333-333333333333',
  diagnoses: [{ code: 'F33.1', principal: true }],
};

function service(
  overrides: {
    patientAccess?: PatientAccess;
    activeEpisodes?: (db: Db, patientId: string) => Promise<EpisodeSummary[]>;
  } = {},
) {
  const clock = new ManualClock();
  return createPatientsService({
    db: database.db,
    clock,
    audit: createAudit({ clock }),
    patientAccess: overrides.patientAccess ?? everyone,
    activeEpisodes: overrides.activeEpisodes ?? (async () => [episode]),
  });
}

describe('the chart header', () => {
  it('includes the open episodes from the programs port, asked for this patient', async () => {
    const asked: string[] = [];
    const patients = service({
      activeEpisodes: async (_db, patientId) => {
        asked.push(patientId);
        return [episode];
      },
    });
    const ctx = systemContext('svc-1');
    const { id } = await patients.create(ctx, {
      name: { given: 'Eva', family: 'Stub' },
      birthDate: '1990-01-01',
      sex: 'F',
    });
    const chart = await patients.get(ctx, id);
    expect(chart.activeEpisodes).toEqual([episode]);
    expect(asked).toEqual([id]);
  });

  it('rolls back the read audit event when the port fails', async () => {
    const patients = service({
      activeEpisodes: async () => {
        throw new Error('programs unavailable');
      },
    });
    const { id } = await patients.create(systemContext('svc-2'), {
      name: { given: 'Eli', family: 'Stub' },
      birthDate: '1990-01-01',
      sex: 'M',
    });
    await expect(patients.get(systemContext('svc-3'), id)).rejects.toThrow('programs unavailable');
    expect(await database.db.select().from(auditEvents).where(eq(auditEvents.requestId, 'svc-3'))).toEqual([]);
  });

  it('answers 404 when the access port refuses the patient', async () => {
    const patients = service({
      patientAccess: {
        ...everyone,
        assertVisible: async () => {
          throw notFound('patients.not_found', 'No such patient.');
        },
      },
    });
    const { id } = await patients.create(systemContext('svc-4'), {
      name: { given: 'Ida', family: 'Stub' },
      birthDate: '1990-01-01',
      sex: 'F',
    });
    await expect(patients.get(systemContext('svc-5'), id)).rejects.toMatchObject({
      status: 404,
      code: 'patients.not_found',
    });
  });
});
