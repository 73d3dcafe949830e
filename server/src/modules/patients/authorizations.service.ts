// Payer authorizations for a level of care: how many units (days, sessions, hours) are approved for
// which dates. Billing consumes units through authorization_uses; balances are computed, not stored.
import { page, type RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { endsBeforeStart } from './dates.ts';
import * as errors from './patients.errors.ts';
import { authorize, windowOf, type ListOptions, type PatientsDeps } from './patients.deps.ts';
import * as q from './patients.queries.ts';
import type { AuthorizationInput } from './patients.schemas.ts';

export function createAuthorizationsService({ db, clock, audit, patientAccess }: PatientsDeps) {
  return {
    async addAuthorization(ctx: RequestContext, patientId: string, input: AuthorizationInput): Promise<{ id: string }> {
      authorize(ctx, 'authorizations:write');
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, patientId);
        if (endsBeforeStart(input.startDate, input.endDate)) throw errors.invalidDates('endDate');
        if (!(await q.coverageBelongsTo(tx, input.coverageId, patientId))) throw errors.unknownCoverage('coverageId');
        const id = newId();
        await q.insertAuthorization(tx, { id, patientId, ...input, createdAt: clock.now() });
        await audit.record(tx, ctx, { action: 'create', category: 'authorization', patientId, entityId: id });
        return { id };
      });
    },

    async listAuthorizations(ctx: RequestContext, patientId: string, options: ListOptions) {
      authorize(ctx, 'patients:read');
      const window = windowOf(options);
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, patientId);
        const rows = await q.listAuthorizations(tx, patientId, window);
        await audit.record(tx, ctx, { action: 'read', category: 'authorization', patientId });
        return page.of(rows, window.limit, window.offset);
      });
    },
  };
}
