// A program with a site, rooms and facilitators for the scheduling tests, inserted directly so these
// tests do not depend on the organization and programs endpoints. Test code only.
import { newId } from '../../kernel/ids.ts';
import type { Session, TestApp } from '../../testing/index.ts';
import { rooms, sites, staff } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import { episodes, programs, staffPrograms } from '../programs/index.ts';

export interface Clinic {
  siteId: string;
  programId: string;
  roomIds: string[];
  /** Staff members who can facilitate (a therapist each), not logged in. */
  facilitatorIds: string[];
  director: Session;
  frontDesk: Session;
}

export async function setUpClinic(t: TestApp, timeZone = 'America/New_York'): Promise<Clinic> {
  const siteId = newId();
  await t.db.insert(sites).values({
    id: siteId,
    name: 'Main clinic',
    timeZone,
    address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' },
    placeOfService: '22',
  });
  const roomIds = [newId(), newId(), newId()];
  await t.db.insert(rooms).values(roomIds.map((id, i) => ({ id, siteId, name: `Room ${i + 1}`, capacity: 12 })));
  const programId = newId();
  await t.db.insert(programs).values({
    id: programId,
    name: 'Adult IOP',
    siteId,
    levelOfCare: 'IOP',
    population: 'mental_health',
    minHoursPerWeek: 9,
  });
  const facilitatorIds: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const therapist = await t.login('therapist', { given: `Thera${i}`, family: 'Pist' });
    await t.db.insert(staff).values({ id: therapist.userId });
    await t.db.insert(staffPrograms).values({ staffId: therapist.userId, programId });
    facilitatorIds.push(therapist.userId);
  }
  const director = await t.login('program_director');
  await t.db.insert(staff).values({ id: director.userId });
  await t.db.insert(staffPrograms).values({ staffId: director.userId, programId });
  const frontDesk = await t.login('front_desk');
  return { siteId, programId, roomIds, facilitatorIds, director, frontDesk };
}

let mrn = 700_000;
/** A patient with an open episode in the clinic's program. */
export async function admitPatient(
  t: TestApp,
  clinic: Clinic,
  name = { given: 'Ana', family: 'Ruiz' },
): Promise<string> {
  const id = newId();
  mrn += 1;
  await t.db.insert(patients).values({
    id,
    mrn: String(mrn),
    givenName: name.given,
    familyName: name.family,
    birthDate: '1990-04-02',
    sex: 'F',
    createdAt: t.clock.now(),
  });
  await t.db.insert(episodes).values({
    id: newId(),
    patientId: id,
    programId: clinic.programId,
    admitDate: '2026-01-01',
    attendingStaffId: clinic.facilitatorIds[0]!,
    createdAt: t.clock.now(),
  });
  return id;
}

/** A weekday group body; override any part. */
export function groupBody(
  clinic: Clinic,
  overrides: Record<string, unknown> = {},
  schedule: Record<string, unknown> = {},
) {
  return {
    programId: clinic.programId,
    name: 'Coping skills',
    kind: 'skills',
    capacity: 8,
    roomId: clinic.roomIds[0],
    facilitators: [{ staffId: clinic.facilitatorIds[0], role: 'lead' }],
    schedule: {
      startDate: '2026-03-02',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      startTime: '09:00',
      durationMinutes: 180,
      ...schedule,
    },
    ...overrides,
  };
}
