// Rows the programs tests need from other modules, inserted directly so these tests do not depend
// on the organization and patients endpoints. Test code only.
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../kernel/audit/index.ts';
import { newId } from '../../kernel/ids.ts';
import type { Session, TestApp } from '../../testing/index.ts';
import { sites, staff } from '../organization/index.ts';
import { patients } from '../patients/index.ts';

export async function insertSite(t: TestApp): Promise<string> {
  const id = newId();
  await t.db.insert(sites).values({
    id,
    name: 'Main clinic',
    timeZone: 'America/Chicago',
    address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' },
    placeOfService: '22',
  });
  return id;
}

/** Log in a user with these roles who is also a staff member. */
export async function staffSession(t: TestApp, roles: string | string[]): Promise<Session> {
  const session = await t.login(roles);
  await t.db.insert(staff).values({ id: session.userId });
  return session;
}

let mrn = 900_000;
export async function insertPatient(t: TestApp): Promise<string> {
  const id = newId();
  mrn += 1;
  await t.db.insert(patients).values({
    id,
    mrn: String(mrn),
    givenName: 'Ana',
    familyName: 'Ruiz',
    birthDate: '1990-04-02',
    sex: 'F',
    createdAt: t.clock.now(),
  });
  return id;
}

export async function auditRows(t: TestApp, filter: { entityId: string; category: string }) {
  return t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, filter.entityId), eq(auditEvents.category, filter.category)));
}
