// Gathering ServiceFacts (claim-model.ts) for attended (session, patient) pairs: the session and its
// site, the attendance record, the facilitators and their NPIs, the note's status, and for each
// attendee on their own (BILLING-RULES §1) the episode with its level of care and diagnoses, the
// primary coverage on the date with its payer and current rule pack, and the authorization.
import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../kernel/db/index.ts';
import type { RulePack, Template } from '../payers/index.ts';
import type {
  AuthorizationFacts,
  CoverageFacts,
  LevelOfCare,
  Modality,
  PatientFacts,
  PayerFacts,
  Population,
  Provider,
  ServiceFacts,
} from './claim-model.ts';

/** Which attendance rows: a date range (a billing run) or one session (the claim preview). */
export type FactsScope = { from: string; to: string } | { sessionId: string };

interface AttendanceRow {
  session_id: string;
  patient_id: string;
  status: ServiceFacts['attendanceStatus'];
  minutes_attended: number;
  modality: Modality;
  kind: ServiceFacts['sessionKind'];
  starts_at: string | Date;
  ends_at: string | Date;
  service_date: string;
  program_id: string | null;
  place_of_service: string | null;
  present_count: number;
  note_signed: boolean;
}

interface ProviderRow {
  staff_id: string;
  given_name: string;
  family_name: string;
  npi: string | null;
  taxonomy: string | null;
  credentials: string | null;
  roles: string[];
}

interface FacilitatorRow extends ProviderRow {
  session_id: string;
  role: string;
}

interface EpisodeRow extends ProviderRow {
  episode_id: string;
  patient_id: string;
  program_id: string;
  admit_date: string;
  discharge_date: string | null;
  disposition: string | null;
  level_of_care: LevelOfCare;
  population: Population;
  min_hours_per_week: string | number;
  /** Level-of-care changes as [effective date, level], in the order they apply. */
  changes: [string, LevelOfCare][];
  diagnoses: string[];
}

interface CoverageRow {
  coverage_id: string;
  patient_id: string;
  member_id: string;
  relationship: string;
  subscriber: { name: { given: string; family: string }; birthDate?: string; sex?: string } | null;
  start_date: string | null;
  end_date: string | null;
  payer_id: string;
  payer_code: string;
  payer_name: string;
  template: Template;
  rules: RulePack;
  rules_version: number;
}

interface AuthorizationRow {
  authorization_id: string;
  coverage_id: string;
  number: string;
  level_of_care: string;
  start_date: string;
  end_date: string;
  unit_type: AuthorizationFacts['unitType'];
  units: number;
  used: string | number;
}

interface PatientRow {
  id: string;
  mrn: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  sex: string;
  address: PatientFacts['address'];
}

const ids = (values: Iterable<string>) => JSON.stringify([...new Set(values)]);
const inIds = (values: Iterable<string>) =>
  sql`(select value::uuid from jsonb_array_elements_text(${ids(values)}::jsonb))`;
const iso = (value: string | Date) => new Date(value).toISOString();

// Prescribers (psychiatrists, psychiatric nurse practitioners): their evaluations are 90792 (BILLING-RULES §3).
const PRESCRIBER_ROLES = new Set(['psychiatrist', 'nurse_practitioner']);

const toProvider = (row: ProviderRow): Provider => ({
  staffId: row.staff_id,
  name: { given: row.given_name, family: row.family_name },
  npi: row.npi,
  taxonomy: row.taxonomy,
  credentials: row.credentials,
  prescriber: row.roles.some((role) => PRESCRIBER_ROLES.has(role)),
});

function attendanceRows(db: Db, scope: FactsScope, visible: SQL | undefined): Promise<AttendanceRow[]> {
  const where =
    'sessionId' in scope
      ? sql`s.id = ${scope.sessionId}`
      : sql`s.starts_at >= (${scope.from}::date - 1)::timestamptz and s.starts_at < (${scope.to}::date + 2)::timestamptz
          and (s.starts_at at time zone s.time_zone)::date between ${scope.from}::date and ${scope.to}::date`;
  return selectRows<AttendanceRow>(
    db,
    sql`
    select a.session_id, a.patient_id, a.status, a.minutes_attended, a.modality, s.kind, s.starts_at, s.ends_at,
      to_char((s.starts_at at time zone s.time_zone)::date, 'YYYY-MM-DD') as service_date,
      coalesce(s.program_id, g.program_id) as program_id,
      coalesce(rs.place_of_service, ps.place_of_service) as place_of_service,
      (select count(*)::int from attendance x where x.session_id = s.id and x.status in ('present', 'late', 'left_early')) as present_count,
      exists (select 1 from notes n where n.session_id = s.id and n.status in ('signed', 'cosigned')
        and (n.kind = 'group' or n.patient_id = a.patient_id)) as note_signed
    from attendance a
    join sessions s on s.id = a.session_id
    left join groups g on g.id = s.group_id
    left join rooms r on r.id = s.room_id
    left join sites rs on rs.id = r.site_id
    left join programs p on p.id = coalesce(s.program_id, g.program_id)
    left join sites ps on ps.id = p.site_id
    where s.status <> 'cancelled' and ${where} ${visible ? sql`and ${visible}` : sql``}
    order by s.starts_at, a.session_id, a.patient_id`,
  );
}

const PROVIDER_COLUMNS = sql`st.id as staff_id, u.given_name, u.family_name, st.npi, st.taxonomy, st.credentials, u.roles`;

function facilitatorRows(db: Db, sessionIds: string[]): Promise<FacilitatorRow[]> {
  return selectRows<FacilitatorRow>(
    db,
    sql`select f.session_id, f.role, ${PROVIDER_COLUMNS}
    from session_facilitators f join staff st on st.id = f.staff_id join users u on u.id = st.id
    where f.session_id in ${inIds(sessionIds)} order by f.session_id, f.staff_id`,
  );
}

function episodeRows(db: Db, patientIds: string[]): Promise<EpisodeRow[]> {
  return selectRows<EpisodeRow>(
    db,
    sql`select e.id as episode_id, e.patient_id, e.program_id, e.admit_date::text, e.discharge_date::text, e.disposition,
      p.level_of_care, p.population, p.min_hours_per_week,
      coalesce((select jsonb_agg(jsonb_build_array(c.effective_date::text, c.level_of_care) order by c.effective_date, c.recorded_at)
        from level_of_care_changes c where c.episode_id = e.id), '[]'::jsonb) as changes,
      coalesce((select jsonb_agg(d.code order by d.principal desc, d.position)
        from episode_diagnoses d where d.episode_id = e.id), '[]'::jsonb) as diagnoses,
      ${PROVIDER_COLUMNS}
    from episodes e join programs p on p.id = e.program_id
    join staff st on st.id = e.attending_staff_id join users u on u.id = st.id
    where e.patient_id in ${inIds(patientIds)} order by e.admit_date, e.id`,
  );
}

function coverageRows(db: Db, patientIds: string[]): Promise<CoverageRow[]> {
  // X12 SBR01 P: only the primary coverage is billed (BILLING-RULES §1); the payer's latest rule pack.
  return selectRows<CoverageRow>(
    db,
    sql`select c.id as coverage_id, c.patient_id, c.member_id, c.relationship, c.subscriber,
      c.start_date::text, c.end_date::text, py.id as payer_id, py.payer_id as payer_code, py.name as payer_name,
      py.template, rp.rules, rp.version as rules_version
    from coverages c join payers py on py.id = c.payer_id
    join lateral (select rules, version from payer_rule_packs where payer_id = py.id order by version desc limit 1) rp on true
    where c.priority = 1 and c.patient_id in ${inIds(patientIds)} order by c.start_date nulls first, c.created_at`,
  );
}

function authorizationRows(db: Db, coverageIds: string[]): Promise<AuthorizationRow[]> {
  // `used` is summed from the uses billing wrote, never stored (patients: authorization_uses).
  return selectRows<AuthorizationRow>(
    db,
    sql`select a.id as authorization_id, a.coverage_id, a.number, a.level_of_care, a.start_date::text, a.end_date::text,
      a.unit_type, a.units, coalesce((select sum(u.units) from authorization_uses u where u.authorization_id = a.id), 0) as used
    from authorizations a where a.coverage_id in ${inIds(coverageIds)} order by a.start_date, a.id`,
  );
}

export async function patientFacts(db: Db, patientIds: Iterable<string>): Promise<Map<string, PatientFacts>> {
  const rows = await selectRows<PatientRow>(
    db,
    sql`select id, mrn, given_name, family_name, birth_date::text, sex, address from patients where id in ${inIds(patientIds)}`,
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        patientId: r.id,
        mrn: r.mrn,
        name: { given: r.given_name, family: r.family_name },
        birthDate: r.birth_date,
        sex: r.sex,
        address: r.address,
      },
    ]),
  );
}

const covers = (date: string, from: string | null, to: string | null) =>
  (from === null || from <= date) && (to === null || date <= to);

function levelOn(row: EpisodeRow, date: string): LevelOfCare {
  // Step-downs (PHP → IOP) add rows: the latest change in effect on the date decides.
  let level = row.level_of_care;
  for (const [effective, changed] of row.changes) if (effective <= date) level = changed;
  return level;
}

function episodeFacts(rows: EpisodeRow[], programId: string | null, date: string): ServiceFacts['episode'] {
  const covering = rows.filter((r) => covers(date, r.admit_date, r.discharge_date));
  // The session's own program first; an episode that does not cover the date still lets the rules
  // say `outside_episode` rather than nothing.
  const row = covering.find((r) => r.program_id === programId) ?? covering[0] ?? rows.at(-1);
  if (!row) return null;
  return {
    episodeId: row.episode_id,
    levelOfCare: levelOn(row, date),
    population: row.population,
    admitDate: row.admit_date,
    dischargeDate: row.discharge_date,
    disposition: row.disposition,
    diagnoses: row.diagnoses,
    attending: toProvider(row),
    minHoursPerWeek: Number(row.min_hours_per_week),
  };
}

const toPayer = (row: CoverageRow): PayerFacts => ({
  payerId: row.payer_id,
  payerCode: row.payer_code,
  name: row.payer_name,
  template: row.template,
  rules: row.rules,
  rulesVersion: row.rules_version,
});

const toCoverage = (row: CoverageRow): CoverageFacts => ({
  coverageId: row.coverage_id,
  memberId: row.member_id,
  groupNumber: null,
  relationship: row.relationship,
  subscriber: row.subscriber && {
    given: row.subscriber.name.given,
    family: row.subscriber.name.family,
    birthDate: row.subscriber.birthDate ?? '',
    sex: row.subscriber.sex ?? 'U',
  },
});

function authorizationFacts(
  rows: AuthorizationRow[],
  level: LevelOfCare | undefined,
  date: string,
): AuthorizationFacts | null {
  const covering = rows.filter((r) => covers(date, r.start_date, r.end_date) && (!level || r.level_of_care === level));
  // One with units left first: an exhausted one only when nothing else covers the date.
  const row = covering.find((r) => Number(r.used) < r.units) ?? covering[0];
  if (!row) return null;
  return {
    authorizationId: row.authorization_id,
    number: row.number,
    startDate: row.start_date,
    endDate: row.end_date,
    unitType: row.unit_type,
    units: row.units,
    used: Number(row.used),
  };
}

const byKey = <T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/** Every attendance record in scope as ServiceFacts, absences included (the rules skip them). */
export async function serviceFacts(db: Db, scope: FactsScope, visible: SQL | undefined): Promise<ServiceFacts[]> {
  const attended = await attendanceRows(db, scope, visible);
  if (attended.length === 0) return [];
  const patientIds = attended.map((r) => r.patient_id);
  const [facilitators, episodes, coverages] = await Promise.all([
    facilitatorRows(
      db,
      attended.map((r) => r.session_id),
    ),
    episodeRows(db, patientIds),
    coverageRows(db, patientIds),
  ]);
  const authorizations = byKey(
    await authorizationRows(
      db,
      coverages.map((c) => c.coverage_id),
    ),
    (r) => r.coverage_id,
  );
  const facilitatorsOf = byKey(facilitators, (r) => r.session_id);
  const episodesOf = byKey(episodes, (r) => r.patient_id);
  const coveragesOf = byKey(coverages, (r) => r.patient_id);
  return attended.map((row): ServiceFacts => {
    const date = row.service_date;
    const team = facilitatorsOf.get(row.session_id) ?? [];
    const lead = team.find((f) => f.role === 'lead');
    const supervisor = team.find((f) => f.role === 'supervisor');
    const episode = episodeFacts(episodesOf.get(row.patient_id) ?? [], row.program_id, date);
    const coverage = (coveragesOf.get(row.patient_id) ?? []).find((c) => covers(date, c.start_date, c.end_date));
    return {
      sessionId: row.session_id,
      patientId: row.patient_id,
      serviceDate: date,
      startsAt: iso(row.starts_at),
      endsAt: iso(row.ends_at),
      sessionKind: row.kind,
      attendanceStatus: row.status,
      minutesAttended: row.minutes_attended,
      modality: row.modality,
      presentCount: row.present_count,
      // The record is the patient's own: a family session with it attended had the patient present.
      patientPresent: row.status !== 'absent_excused' && row.status !== 'absent_unexcused',
      noteSigned: row.note_signed,
      lead: lead ? toProvider(lead) : null,
      supervisor: supervisor ? toProvider(supervisor) : null,
      placeOfService: row.place_of_service ?? '',
      episode,
      payer: coverage ? toPayer(coverage) : null,
      coverage: coverage ? toCoverage(coverage) : null,
      authorization: coverage
        ? authorizationFacts(authorizations.get(coverage.coverage_id) ?? [], episode?.levelOfCare, date)
        : null,
    };
  });
}
