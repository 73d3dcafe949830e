// The synthetic program's fixed structure: the organization, its two sites and rooms, staff,
// payers (Medicare, a commercial PPO, Medicaid) and programs.
import type { Random } from './random.ts';
import {
  CLINICAL_ROLES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  PROGRAM_SPECS,
  STAFF_SPECS,
  address,
  addDays,
  instantOn,
  pad,
  phone,
  syntheticNpi,
} from './synthetic-catalog.ts';
import type {
  OrganizationRow,
  PayerRow,
  ProgramRow,
  RoomRow,
  SiteRow,
  StaffProgramRow,
  SyntheticStaff,
} from './synthetic-program.ts';

export interface Structure {
  organization: OrganizationRow;
  sites: SiteRow[];
  rooms: RoomRow[];
  staff: SyntheticStaff[];
  payers: PayerRow[];
  programs: ProgramRow[];
  staffPrograms: StaffProgramRow[];
  /** Staff ids by role, in creation order. */
  roleIds(role: string): string[];
  payerIds: { medicare: string; ppo: string; medicaid: string };
}

/** `ids` draws every structural id, in a fixed order; `people` draws staff names and credentials. */
export function buildStructure(ids: Random, people: Random, firstDay: string): Structure {
  const created = instantOn(addDays(firstDay, -60));
  const organization: OrganizationRow = {
    id: 1,
    name: 'Test Behavioral Health (Synthetic)',
    npi: syntheticNpi('199000000'),
    taxId: '990000001',
    taxonomy: '283Q00000X',
    facilityType: 'hospital_outpatient',
    address: address(0, 'Springfield'),
    phone: phone(0),
    updatedAt: created,
  };

  // POS 22: on-campus outpatient hospital (CMS place-of-service code set).
  const sites: SiteRow[] = ['Main Campus (Test)', 'North Clinic (Test)'].map((name, s) => ({
    id: ids.uuid(),
    name,
    timeZone: 'America/Chicago',
    address: address(s + 1, 'Springfield'),
    placeOfService: '22',
  }));
  const rooms: RoomRow[] = [];
  const roomCounts = [22, 8];
  sites.forEach((site, s) => {
    for (let i = 1; i <= roomCounts[s]!; i += 1) {
      rooms.push({
        id: ids.uuid(),
        siteId: site.id!,
        name: `Group Room ${s === 0 ? 'M' : 'N'}${pad(i, 2)}`,
        capacity: 12 + (i % 4),
      });
    }
  });

  const staff: SyntheticStaff[] = [];
  const byRole = new Map<string, string[]>();
  let staffNumber = 0;
  for (const spec of STAFF_SPECS) {
    for (let i = 0; i < spec.count; i += 1) {
      staffNumber += 1;
      const id = ids.uuid();
      const givenName = people.pick(GIVEN_NAMES);
      const familyName = `Test-${people.pick(FAMILY_NAMES)}`;
      const credentials = people.pick(spec.credentials);
      staff.push({
        user: {
          id,
          email: `${spec.role.replace(/_/g, '.')}.${pad(i + 1, 2)}@synthetic.example.test`,
          givenName,
          familyName,
          roles: [spec.role],
          createdAt: created,
          passwordChangedAt: created,
        },
        profile: {
          id,
          credentials: credentials || null,
          npi: spec.billing ? syntheticNpi(`1${pad(90000000 + staffNumber, 8)}`) : null,
          taxonomy: spec.taxonomy,
          supervisorId: null,
        },
      });
      byRole.set(spec.role, [...(byRole.get(spec.role) ?? []), id]);
    }
  }
  const roleIds = (role: string) => [...(byRole.get(role) ?? [])];
  // Therapists past the first four are associates supervised by a lead (co-signature, later).
  const therapists = roleIds('therapist');
  staff
    .filter((s) => s.user.roles.includes('therapist'))
    .forEach((s, i) => {
      if (i >= 4) s.profile.supervisorId = therapists[i % 4]!;
    });

  // prettier-ignore
  const payers: PayerRow[] = [
    { id: ids.uuid(), name: 'Medicare Part A (Test)', payerId: 'SYNMCR01', template: 'medicare_institutional', createdAt: created },
    { id: ids.uuid(), name: 'Test Health Commercial PPO', payerId: 'SYNPPO01', template: 'commercial_professional', createdAt: created },
    { id: ids.uuid(), name: 'Test State Medicaid', payerId: 'SYNMCD01', template: 'commercial_per_diem', createdAt: created },
  ];

  const programs: ProgramRow[] = PROGRAM_SPECS.map((spec) => ({
    id: ids.uuid(),
    name: spec.name,
    siteId: sites[spec.site]!.id!,
    levelOfCare: spec.levelOfCare,
    population: spec.population,
    minHoursPerWeek: spec.minHoursPerWeek,
  }));
  // Facilitators rotate across programs (PHP by day, IOP in the evening), so clinical staff work in all three.
  const staffPrograms: StaffProgramRow[] = staff
    .filter((s) => s.user.roles.some((r) => CLINICAL_ROLES.includes(r)))
    .flatMap((s) => programs.map((p) => ({ staffId: s.user.id!, programId: p.id! })));

  return {
    organization,
    sites,
    rooms,
    staff,
    payers,
    programs,
    staffPrograms,
    roleIds,
    payerIds: { medicare: payers[0]!.id!, ppo: payers[1]!.id!, medicaid: payers[2]!.id! },
  };
}
