// The synthetic demo program: every name, number and diagnosis here is invented for demonstration.
// NPIs carry valid check digits (they must pass validation) but belong to no real provider.
import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../kernel/http/index.ts';
import type { Modules } from '../modules.ts';
import { isValidNpi } from '../modules/organization/index.ts';
import { DEMO_PATIENTS, DEMO_STAFF } from './demo-people.ts';
import { loadDemoSchedule, type DemoCensus } from './demo-schedule.ts';

/** Completes a 9-digit stem with the digit that makes it a valid NPI. */
function npi(stem: string): string {
  for (let d = 0; d <= 9; d += 1) if (isValidNpi(stem + d)) return stem + d;
  throw new Error(`no NPI check digit for ${stem}`);
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const daysBefore = (today: Date, days: number) => isoDate(new Date(today.getTime() - days * 86_400_000));

/** Loads the demo through the same services the API uses. Returns the lines to print once. */
export async function loadDemoData(ctx: RequestContext, modules: Modules, today: Date): Promise<string[]> {
  const { organization, payers, programs, patients } = modules;
  await organization.putOrganization(ctx, {
    name: 'Riverbend Behavioral Health (SYNTHETIC DEMO)',
    npi: npi('123456789'),
    taxId: '98-7654321',
    taxonomy: '261QM0801X', // Clinic/Center, Mental Health (incl. Community Mental Health Center)
    facilityType: 'cmhc',
    // 837 2010AA N403: the billing provider's ZIP code has all nine digits.
    address: { line1: '100 Example Way', city: 'Springfield', state: 'IL', postalCode: '62701-0100' },
    phone: '217-555-0100',
  });
  const main = await organization.createSite(ctx, {
    name: 'Main Campus',
    timeZone: 'America/Chicago',
    address: { line1: '100 Example Way', city: 'Springfield', state: 'IL', postalCode: '62701' },
    placeOfService: '53', // Community Mental Health Center
  });
  const east = await organization.createSite(ctx, {
    name: 'Eastside Clinic',
    timeZone: 'America/Chicago',
    address: { line1: '42 Sample Street', city: 'Springfield', state: 'IL', postalCode: '62702' },
    placeOfService: '11', // Office
  });
  const roomIds = new Map<string, string>();
  for (const [siteId, name, capacity] of [
    [main.id, 'Group Room A', 12],
    [main.id, 'Group Room B', 12],
    [main.id, 'Group Room C', 10],
    [main.id, 'Office 101', 3],
    [east.id, 'Group Room 1', 12],
    [east.id, 'Office E1', 3],
  ] as const) {
    roomIds.set(name, (await organization.createRoom(ctx, { siteId, name, capacity })).id);
  }

  const logins: string[] = [];
  const staffIds = new Map<string, string>();
  for (const [i, person] of DEMO_STAFF.entries()) {
    const password = randomBytes(12).toString('base64url');
    const { id } = await organization.createStaff(ctx, {
      name: person.name,
      email: person.email,
      roles: [person.role],
      password,
      ...(person.credentials ? { credentials: person.credentials } : {}),
      ...(person.taxonomy
        ? { npi: npi(`17${String(i).padStart(2, '0')}00001`.slice(0, 9)), taxonomy: person.taxonomy }
        : {}),
    });
    staffIds.set(person.key, id);
    logins.push(`  ${person.role.padEnd(19)} ${person.email.padEnd(36)} ${password}`);
  }

  const programIds = {
    mentalHealthIop: (
      await programs.createProgram(ctx, {
        name: 'Adult IOP – Mental Health',
        siteId: main.id,
        levelOfCare: 'IOP',
        population: 'mental_health',
        minHoursPerWeek: 9,
      })
    ).id,
    substanceUseIop: (
      await programs.createProgram(ctx, {
        name: 'IOP – Substance Use',
        siteId: east.id,
        levelOfCare: 'IOP',
        population: 'substance_use',
        minHoursPerWeek: 9,
      })
    ).id,
    php: (
      await programs.createProgram(ctx, {
        name: 'Adult PHP',
        siteId: main.id,
        levelOfCare: 'PHP',
        population: 'mental_health',
        minHoursPerWeek: 20,
      })
    ).id,
  };
  const everyone = [...staffIds.values()];
  for (const programId of Object.values(programIds)) await programs.setStaff(ctx, programId, everyone);

  const payerIds = {
    medicare: (
      await payers.createPayer(ctx, {
        name: 'Medicare Part A/B (demo)',
        payerId: 'SYNMCR',
        template: 'medicare_institutional',
      })
    ).id,
    ppo: (
      await payers.createPayer(ctx, {
        name: 'Summit Health PPO (demo)',
        payerId: 'SYNPPO',
        template: 'commercial_professional',
      })
    ).id,
    medicaid: (
      await payers.createPayer(ctx, {
        name: 'State Medicaid (demo)',
        payerId: 'SYNMCD',
        template: 'commercial_per_diem',
      })
    ).id,
  };

  // Invented list prices for every code the demo payers bill, marked synthetic, from a year back.
  const priced = await modules.billing.chargeMaster.priceSynthetically(ctx, daysBefore(today, 365));

  const attending = [staffIds.get('psychiatrist')!, staffIds.get('nurse_practitioner')!];
  const admitted: DemoCensus['admitted'] = new Map();
  for (const [i, person] of DEMO_PATIENTS.entries()) {
    const { id: patientId } = await patients.create(ctx, {
      name: person.name,
      birthDate: person.birthDate,
      sex: person.sex,
      phone: `217-555-${String(1000 + i).padStart(4, '0')}`,
      email: `${person.name.given.toLowerCase()}.${person.name.family.toLowerCase()}@example.org`,
      address: { line1: `${200 + i} Demo Avenue`, city: 'Springfield', state: 'IL', postalCode: '62704' },
    });
    const payer = (['medicare', 'ppo', 'medicaid'] as const)[i % 3]!;
    const memberId = `${payer.slice(0, 3).toUpperCase()}${String(500000 + i * 7919).padStart(9, '0')}`;
    const coverage = await patients.addCoverage(ctx, patientId, {
      payerId: payerIds[payer],
      memberId,
      priority: 1,
      relationship: 'self',
    });
    const program = (['mentalHealthIop', 'substanceUseIop', 'php'] as const)[Math.floor(i / 8)]!;
    const levelOfCare = program === 'php' ? 'PHP' : 'IOP';
    // Admitted 10–24 days ago: every group of the last week has its full roster.
    const admitDate = daysBefore(today, 10 + (i % 8) * 2);
    await programs.admitEpisode(ctx, {
      patientId,
      programId: programIds[program],
      admitDate,
      attendingStaffId: attending[i % 2]!,
      diagnoses: person.diagnoses.map((code, n) => ({ code, principal: n === 0 })),
    });
    admitted.set(program, [...(admitted.get(program) ?? []), { patientId, admitDate }]);
    if (payer !== 'medicare') {
      // Commercial and Medicaid plans authorize IOP/PHP up front; Medicare does not.
      await patients.addAuthorization(ctx, patientId, {
        coverageId: coverage.id,
        number: `AUTH-${String(70000 + i * 37)}`,
        levelOfCare,
        startDate: admitDate,
        endDate: daysBefore(today, -(30 - (i % 20))),
        units: payer === 'ppo' ? (levelOfCare === 'PHP' ? 20 : 12) : 15,
        unitType: payer === 'ppo' ? 'sessions' : 'days',
      });
    }
  }

  const schedule = await loadDemoSchedule(ctx, modules, today, { programIds, roomIds, staffIds, admitted });

  return [
    '',
    `Synthetic demo data loaded: Riverbend Behavioral Health (SYNTHETIC DEMO), 3 programs, 24 patients, ${schedule.groups} groups, synthetic prices for ${priced.length} codes.`,
    'Demo logins (one per role):',
    ...logins,
  ];
}
