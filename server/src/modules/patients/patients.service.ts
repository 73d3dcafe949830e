// Patient registration, search and the chart header. Every read and write of patient data records
// an audit event in the same transaction (45 CFR 164.312(b), AU-1); searches record what they returned.
import type { Db } from '../../kernel/db/index.ts';
import { page, type RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { createAuthorizationsService } from './authorizations.service.ts';
import { createCoveragesService } from './coverages.service.ts';
import { birthDateProblem, todayUtc } from './dates.ts';
import { isPossibleDuplicate, type PersonKey } from './duplicates.ts';
import * as errors from './patients.errors.ts';
import { authorize, windowOf, type PatientsDeps } from './patients.deps.ts';
import * as q from './patients.queries.ts';
import type { PatientInput, PatientPatch, PatientSearch } from './patients.schemas.ts';
import { patients } from './patients.tables.ts';
import { parseSearchQuery } from './search-query.ts';

export type PatientsService = ReturnType<typeof createPatientsService>;

export function createPatientsService(deps: PatientsDeps) {
  const { db, clock, audit, patientAccess, activeEpisodes } = deps;

  function checkBirthDate(birthDate: string): void {
    const problem = birthDateProblem(birthDate, todayUtc(clock.now()));
    if (problem) throw errors.invalidBirthDate('birthDate', problem);
  }

  /** The patient after the object-level check (404 when hidden or missing; patients are never deleted). */
  async function visiblePatient(tx: Db, ctx: RequestContext, id: string): Promise<q.PatientRow> {
    await patientAccess.assertVisible(tx, ctx, id);
    return (await q.findPatient(tx, id))!;
  }

  /**
   * Patients the caller can see who may be this person. Only visible ones: telling a clinician that
   * someone with this name and birth date is treated here would itself disclose PHI. The check shows
   * other patients' names, so it is audited as a search.
   */
  async function possibleDuplicates(tx: Db, ctx: RequestContext, person: PersonKey, excludeId?: string) {
    const sameBirthDate = await q.patientsBornOn(
      tx,
      person.birthDate,
      patientAccess.visibleCondition(ctx, patients.id),
      excludeId,
    );
    const matches = sameBirthDate.filter((row) =>
      isPossibleDuplicate(person, { name: { given: row.givenName, family: row.familyName }, birthDate: row.birthDate }),
    );
    await audit.record(tx, ctx, {
      action: 'query',
      category: 'patient',
      details: {
        purpose: 'duplicate_check',
        query: { ...person.name, birthDate: person.birthDate },
        returnedIds: matches.map((r) => r.id),
      },
    });
    return matches;
  }

  return {
    /** Register a patient with the next MRN; possible duplicates are returned as a warning, not refused. */
    async create(ctx: RequestContext, input: PatientInput) {
      authorize(ctx, 'patients:write');
      checkBirthDate(input.birthDate);
      return db.transaction(async (tx) => {
        const { id, mrn } = await q.insertPatient(tx, {
          id: newId(),
          givenName: input.name.given,
          familyName: input.name.family,
          birthDate: input.birthDate,
          sex: input.sex,
          address: input.address ?? null,
          phone: input.phone ?? null,
          email: input.email ?? null,
          createdAt: clock.now(),
        });
        await audit.record(tx, ctx, { action: 'create', category: 'patient', patientId: id, entityId: id });
        return { id, mrn, possibleDuplicates: await possibleDuplicates(tx, ctx, input, id) };
      });
    },

    /** The same duplicate check, before saving (the registration form asks as the user types). */
    async findDuplicates(ctx: RequestContext, input: { given: string; family: string; birthDate: string }) {
      authorize(ctx, 'patients:read');
      const person = { name: { given: input.given, family: input.family }, birthDate: input.birthDate };
      return db.transaction((tx) => possibleDuplicates(tx, ctx, person));
    },

    async search(ctx: RequestContext, options: PatientSearch) {
      authorize(ctx, 'patients:read');
      const window = windowOf(options);
      return db.transaction(async (tx) => {
        const rows = await q.searchPatients(tx, {
          terms: parseSearchQuery(options.query),
          visible: patientAccess.visibleCondition(ctx, patients.id),
          sort: options.sort ?? 'name',
          ...window,
        });
        const result = page.of(rows, window.limit, window.offset);
        await audit.record(tx, ctx, {
          action: 'query',
          category: 'patient',
          details: { query: options.query ?? '', returnedIds: result.items.map((r) => r.id) },
        });
        return result;
      });
    },

    /** The chart header: demographics, coverages and open episodes, audited as one read. */
    async get(ctx: RequestContext, id: string) {
      authorize(ctx, 'patients:read');
      return db.transaction(async (tx) => {
        const patient = await visiblePatient(tx, ctx, id);
        const coverages = await q.listCoverages(tx, id);
        const episodes = await activeEpisodes(tx, id);
        await audit.record(tx, ctx, { action: 'read', category: 'patient', patientId: id, entityId: id });
        return { patient, coverages, activeEpisodes: episodes };
      });
    },

    async update(ctx: RequestContext, id: string, patch: PatientPatch): Promise<q.PatientRow> {
      authorize(ctx, 'patients:write');
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, id);
        if (patch.birthDate !== undefined) checkBirthDate(patch.birthDate);
        const row = await q.updatePatient(tx, id, {
          givenName: patch.name?.given,
          familyName: patch.name?.family,
          birthDate: patch.birthDate,
          sex: patch.sex,
          address: patch.address,
          phone: patch.phone,
          email: patch.email,
        });
        // Field names only: the audit trail says what changed, the chart holds the values.
        await audit.record(tx, ctx, {
          action: 'update',
          category: 'patient',
          patientId: id,
          entityId: id,
          details: { fields: Object.keys(patch) },
        });
        return row;
      });
    },

    ...createCoveragesService(deps),
    ...createAuthorizationsService(deps),
  };
}
