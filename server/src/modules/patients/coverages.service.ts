// A patient's insurance coverages, in billing order (X12 SBR01: 1 primary, 2 secondary, 3 tertiary).
import { page, type RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { endsBeforeStart } from './dates.ts';
import * as errors from './patients.errors.ts';
import { authorize, windowOf, type ListOptions, type PatientsDeps } from './patients.deps.ts';
import * as q from './patients.queries.ts';
import type { CoverageInput } from './patients.schemas.ts';

export function createCoveragesService({ db, clock, audit, patientAccess }: PatientsDeps) {
  return {
    async addCoverage(ctx: RequestContext, patientId: string, input: CoverageInput): Promise<{ id: string }> {
      authorize(ctx, 'coverages:write');
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, patientId);
        // X12 837 loop 2000B SBR02: unless the patient is the subscriber, the claim names the subscriber.
        if (input.relationship !== 'self' && !input.subscriber) throw errors.subscriberRequired('subscriber');
        if (endsBeforeStart(input.startDate, input.endDate)) throw errors.invalidDates('endDate');
        if (!(await q.payerExists(tx, input.payerId))) throw errors.unknownPayer('payerId');
        const id = newId();
        await q.insertCoverage(tx, {
          id,
          patientId,
          payerId: input.payerId,
          memberId: input.memberId,
          priority: input.priority,
          relationship: input.relationship,
          subscriber: input.subscriber ?? null,
          startDate: input.startDate ?? null,
          endDate: input.endDate ?? null,
          createdAt: clock.now(),
        });
        await audit.record(tx, ctx, { action: 'create', category: 'coverage', patientId, entityId: id });
        return { id };
      });
    },

    async listCoverages(ctx: RequestContext, patientId: string, options: ListOptions) {
      authorize(ctx, 'patients:read');
      const window = windowOf(options);
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, patientId);
        const rows = await q.listCoverages(tx, patientId, window);
        await audit.record(tx, ctx, { action: 'read', category: 'coverage', patientId });
        return page.of(rows, window.limit, window.offset);
      });
    },
  };
}
