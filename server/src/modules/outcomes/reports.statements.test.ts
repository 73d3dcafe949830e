// A report reads its program in a fixed number of statements, however many patients and forms it
// covers (no statement per patient or per instrument). Statements are counted through the driver's
// query log on an embedded database started from the migrated snapshot; the count does not depend on
// the engine, so this file runs on PGlite only.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testConfig } from '../../config.ts';
import { ManualClock } from '../../kernel/clock.ts';
import { openDatabase, type Database } from '../../kernel/db/index.ts';
import { systemContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { onPostgres } from '../../kernel/testing/index.ts';
import { buildModules } from '../../modules.ts';
import { sites, staff } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import { episodes, programs } from '../programs/index.ts';
import { assessments } from './outcomes.tables.ts';

let database: Database;
let statements = 0;
let modules: ReturnType<typeof buildModules>;
let siteId: string;
let staffId: string;

beforeAll(async () => {
  if (onPostgres()) return;
  database = await openDatabase({
    loadDataDir: new Blob([fs.readFileSync(inject('pgliteSnapshot'))]),
    onQuery: () => (statements += 1),
  });
  const clock = new ManualClock();
  clock.set('2026-03-10T15:00:00Z');
  modules = buildModules({ db: database.db, clock, config: testConfig() });
  siteId = newId();
  await database.db.insert(sites).values({
    id: siteId,
    name: 'Main',
    timeZone: 'America/Chicago',
    address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' },
    placeOfService: '22',
  });
  staffId = await database.db.transaction((tx) =>
    modules.identity.createUser(tx, systemContext('test'), {
      name: { given: 'Sam', family: 'Attending' },
      email: 'sam@example.test',
      roles: ['psychiatrist'],
      password: 'correct horse battery staple',
    }),
  );
  await database.db.insert(staff).values({ id: staffId });
});
afterAll(() => database?.close());

/** A program of `census` patients, each with a PHQ-9 and a GAD-7 every week from 5 January. */
async function programOf(census: number): Promise<string> {
  const programId = newId();
  await database.db.insert(programs).values({
    id: programId,
    name: `IOP of ${census}`,
    siteId,
    levelOfCare: 'IOP',
    population: 'mental_health',
    minHoursPerWeek: 9,
  });
  const createdAt = new Date('2026-01-01T00:00:00Z');
  for (let i = 0; i < census; i += 1) {
    const patientId = newId();
    const episodeId = newId();
    await database.db.insert(patients).values({
      id: patientId,
      mrn: `S${newId().slice(0, 12)}`,
      givenName: 'Pat',
      familyName: `Census${i}`,
      birthDate: '1980-01-01',
      sex: 'U',
      createdAt,
    });
    await database.db
      .insert(episodes)
      .values({ id: episodeId, patientId, programId, admitDate: '2026-01-05', attendingStaffId: staffId, createdAt });
    await database.db.insert(assessments).values(
      Array.from({ length: 9 }, (_, week) =>
        ['PHQ-9', 'GAD-7'].map((instrument) => ({
          id: newId(),
          patientId,
          instrument,
          answers: [],
          total: Math.max(0, 18 - week - (i % 5)),
          administeredAt: new Date(Date.UTC(2026, 0, 5 + 7 * week, 16)),
          episodeId,
          createdAt,
        })),
      ).flat(),
    );
  }
  return programId;
}

async function counted(run: () => Promise<unknown>): Promise<number> {
  statements = 0;
  await run();
  return statements;
}

describe.skipIf(onPostgres())('program outcome reports', () => {
  it('take the same four statements for 2 patients as for 150: memory, program, follow-ups, audit', async () => {
    const small = await programOf(2);
    const large = await programOf(150);
    const ctx = systemContext('test');
    const report = (programId: string) => () =>
      modules.outcomes.reports.program(ctx, { programId, from: '2026-02-01', to: '2026-02-28' });
    const file = (programId: string) => () =>
      modules.outcomes.reports.csv(ctx, { programId, from: '2026-02-01', to: '2026-02-28' });

    expect(await counted(report(small))).toBe(4);
    expect(await counted(report(large))).toBe(4);
    // The file's query and its 150 patient exports go in one insert.
    expect(await counted(file(small))).toBe(4);
    expect(await counted(file(large))).toBe(4);
    const { instruments } = await modules.outcomes.reports.program(ctx, {
      programId: large,
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(instruments[0]!.current.patients).toBe(150);
  });
});
