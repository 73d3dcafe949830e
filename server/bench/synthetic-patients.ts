// The synthetic program's patients: demographics and coverages, then one episode each with
// ICD-10-CM diagnoses, its admission level of care and, for plans that require it, authorizations.
import type { Random } from './random.ts';
import {
  DISPOSITIONS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MENTAL_HEALTH_DIAGNOSES,
  PROGRAM_SPECS,
  SUBSTANCE_USE_DIAGNOSES,
  address,
  addDays,
  instantOn,
  pad,
  phone,
} from './synthetic-catalog.ts';
import type { Structure } from './synthetic-organization.ts';
import type {
  AuthorizationRow,
  CoverageRow,
  EpisodeDiagnosisRow,
  EpisodeRow,
  LevelOfCareChangeRow,
  PatientRow,
} from './synthetic-program.ts';

export interface People {
  patients: PatientRow[];
  coverages: CoverageRow[];
  /** Days before the first program day each patient was admitted (0–40). */
  admitOffsets: Map<string, number>;
  primaryCoverage: Map<string, { payerId: string; coverageId: string }>;
}

export function buildPatients(r: Random, count: number, firstDay: string, payerIds: Structure['payerIds']): People {
  const { medicare, ppo, medicaid } = payerIds;
  const year = Number(firstDay.slice(0, 4));
  // Coverage starts before the earliest admission (up to 40 days before the first program day).
  const coverageStart = `${year - 1}-01-01`;
  const patients: PatientRow[] = [];
  const coverages: CoverageRow[] = [];
  const admitOffsets = new Map<string, number>();
  const primaryCoverage = new Map<string, { payerId: string; coverageId: string }>();
  for (let i = 0; i < count; i += 1) {
    const id = r.uuid();
    const given = r.pick(GIVEN_NAMES);
    const familyBase = r.pick(FAMILY_NAMES);
    const senior = r.chance(0.3);
    const age = senior ? r.int(65, 84) : r.int(18, 64);
    const birthDate = addDays(`${year - age}-01-01`, -r.int(0, 364));
    const sex = r.weighted([
      ['F', 55],
      ['M', 43],
      ['U', 2],
    ] as const);
    // T-prefixed, so they never collide with the numeric MRNs the patients module assigns.
    const mrn = `T${pad(100001 + i, 6)}`;
    // Admitted up to 40 days before the first program day; registered up to 10 days before admission.
    const admitOffset = r.int(0, 40);
    admitOffsets.set(id, admitOffset);
    const createdAt = instantOn(addDays(firstDay, -admitOffset - r.int(0, 10)), 14);
    patients.push({
      id,
      mrn,
      givenName: given,
      familyName: `Test-${familyBase}`,
      birthDate,
      sex,
      address: address(10 + i, 'Springfield'),
      phone: phone(i),
      email: `patient.${mrn.toLowerCase()}@synthetic.example.test`,
      createdAt,
    });

    // Medicare for 65+ (and some under 65 on disability); the rest commercial PPO or Medicaid.
    const payerId = senior
      ? medicare
      : r.weighted([
          [ppo, 55],
          [medicaid, 35],
          [medicare, 10],
        ] as const);
    const coverageId = r.uuid();
    const relationship =
      payerId === ppo
        ? r.weighted([
            ['self', 75],
            ['spouse', 15],
            ['child', age < 26 ? 10 : 0],
          ] as const)
        : 'self';
    const memberPrefix = payerId === medicare ? 'TMCR' : payerId === ppo ? 'TPPO' : 'TMCD';
    coverages.push({
      id: coverageId,
      patientId: id,
      payerId,
      memberId: `${memberPrefix}${pad(r.int(0, 99_999_999), 8)}`,
      priority: 1,
      relationship,
      subscriber:
        relationship === 'self'
          ? null
          : {
              name: { given: r.pick(GIVEN_NAMES), family: `Test-${familyBase}` },
              // A parent is 20–35 years older; a spouse within about four years.
              birthDate: addDays(birthDate, relationship === 'child' ? -r.int(365 * 20, 365 * 35) : r.int(-1500, 1500)),
            },
      startDate: coverageStart,
      endDate: null,
      createdAt,
    });
    primaryCoverage.set(id, { payerId, coverageId });
    // Dual eligibles: Medicaid secondary behind Medicare.
    if (payerId === medicare && r.chance(0.2)) {
      coverages.push({
        id: r.uuid(),
        patientId: id,
        payerId: medicaid,
        memberId: `TMCD${pad(r.int(0, 99_999_999), 8)}`,
        priority: 2,
        relationship: 'self',
        subscriber: null,
        startDate: coverageStart,
        endDate: null,
        createdAt,
      });
    }
  }
  return { patients, coverages, admitOffsets, primaryCoverage };
}

export interface Care {
  episodes: EpisodeRow[];
  episodeDiagnoses: EpisodeDiagnosisRow[];
  levelOfCareChanges: LevelOfCareChangeRow[];
  authorizations: AuthorizationRow[];
  /** Per patient: the dates attendance may fall on. */
  spans: Map<string, { admit: string; discharge: string | null }>;
}

/**
 * Constant census (§B4: census 300): each patient holds a place for the whole year, admitted in the
 * weeks before it; about 15% are discharged in its last 40 program days.
 */
export function buildEpisodes(
  r: Random,
  days: readonly string[],
  structure: Structure,
  people: People,
  programOf: Map<string, number>,
): Care {
  const firstDay = days[0]!;
  const lastDay = days[days.length - 1]!;
  const attendings = [...structure.roleIds('psychiatrist'), ...structure.roleIds('nurse_practitioner')];
  const care: Care = {
    episodes: [],
    episodeDiagnoses: [],
    levelOfCareChanges: [],
    authorizations: [],
    spans: new Map(),
  };
  for (const patient of people.patients) {
    const p = programOf.get(patient.id!)!;
    const spec = PROGRAM_SPECS[p]!;
    const id = r.uuid();
    const admit = addDays(firstDay, -people.admitOffsets.get(patient.id!)!);
    const discharged = r.chance(0.15);
    const discharge = discharged ? days[days.length - 1 - r.int(0, 39)]! : null;
    const createdAt = instantOn(admit, 16);
    care.episodes.push({
      id,
      patientId: patient.id!,
      programId: structure.programs[p]!.id!,
      admitDate: admit,
      attendingStaffId: r.pick(attendings),
      dischargeDate: discharge,
      disposition: discharge ? r.weighted(DISPOSITIONS) : null,
      dispositionNote: null,
      createdAt,
    });
    care.spans.set(patient.id!, { admit, discharge });

    // Co-occurring programs lead with the substance use disorder; up to 3 codes in all.
    const codes: string[] =
      spec.population === 'co_occurring'
        ? [r.pick(SUBSTANCE_USE_DIAGNOSES), r.pick(MENTAL_HEALTH_DIAGNOSES)]
        : [r.pick(MENTAL_HEALTH_DIAGNOSES)];
    while (codes.length < 3 && r.chance(0.45)) {
      const extra = r.chance(0.3) ? r.pick(SUBSTANCE_USE_DIAGNOSES) : r.pick(MENTAL_HEALTH_DIAGNOSES);
      if (!codes.includes(extra)) codes.push(extra);
      else break;
    }
    codes.forEach((code, position) =>
      care.episodeDiagnoses.push({ episodeId: id, code, principal: position === 0, position }),
    );
    care.levelOfCareChanges.push({
      id: r.uuid(),
      episodeId: id,
      levelOfCare: spec.levelOfCare,
      effectiveDate: admit,
      reason: 'admission',
      recordedAt: createdAt,
      recordedBy: null,
    });

    // Commercial and Medicaid plans authorize in 30-day blocks (concurrent review); Medicare does not pre-authorize.
    const primary = people.primaryCoverage.get(patient.id!)!;
    if (primary.payerId === structure.payerIds.medicare) continue;
    const end = discharge ?? lastDay;
    for (let start = admit, n = 1; start <= end; start = addDays(start, 30), n += 1) {
      care.authorizations.push({
        id: r.uuid(),
        patientId: patient.id!,
        coverageId: primary.coverageId,
        number: `TAUTH-${patient.mrn}-${pad(n, 2)}`,
        levelOfCare: spec.levelOfCare,
        startDate: start,
        endDate: addDays(start, 29),
        units: spec.levelOfCare === 'PHP' ? 22 : 13,
        unitType: spec.levelOfCare === 'PHP' ? 'days' : 'sessions',
        createdAt: instantOn(start, 14),
      });
    }
  }
  return care;
}
