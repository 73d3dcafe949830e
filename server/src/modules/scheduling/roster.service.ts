// Who is expected on which date of a group, and the reviews of past sessions whose expected roster
// changed after the fact (issue: flagged for review, never silently rewritten).
import { sql } from 'drizzle-orm';
import type { AuditEntry } from '../../kernel/audit/index.ts';
import { page, type RequestContext } from '../../kernel/http/index.ts';
import type { GroupsService, SchedulingDeps } from './groups.service.ts';
import { addDays } from './recurrence.ts';
import type { RosterSession } from './enrollments.schemas.ts';
import { expectedRosters } from './roster.queries.ts';
import * as q from './roster-reviews.queries.ts';
import { schedulingErrors } from './scheduling.errors.ts';
import { rosterReviews } from './scheduling.tables.ts';

/** A roster read spans at most a quarter: the front desk plans weeks ahead, not years. */
const MAX_ROSTER_DAYS = 92;

export type RosterService = ReturnType<typeof createRosterService>;

export function createRosterService({ db, audit, clock, patientAccess }: SchedulingDeps, groups: GroupsService) {
  const reads = (category: string, patientIds: Iterable<string>, details: Record<string, unknown>): AuditEntry[] =>
    [...new Set(patientIds)].map((patientId) => ({ action: 'read', category, patientId, details }));

  return {
    async roster(ctx: RequestContext, groupId: string, from: string, to: string): Promise<RosterSession[]> {
      if (to < from) throw schedulingErrors.invalidDates('to', 'The range ends before it starts.');
      if (addDays(from, MAX_ROSTER_DAYS - 1) < to) {
        throw schedulingErrors.invalidDates('to', `A roster spans at most ${MAX_ROSTER_DAYS} days.`);
      }
      // Materializes occurrences beyond the horizon on the way (its own short transaction).
      const sessions = await groups.listGroupSessions(groupId, from, to);
      return db.transaction(async (tx) => {
        const ids = sessions.map((s) => s.id);
        const members = await expectedRosters(tx, ids, patientAccess.visibleCondition(ctx, sql`p.id`));
        const reviews = await q.openReviewCounts(tx, ids, patientAccess.visibleCondition(ctx, rosterReviews.patientId));
        const roster = sessions.map((session) => ({
          session,
          members: members.get(session.id) ?? [],
          openReviews: reviews.get(session.id) ?? 0,
        }));
        await audit.record(
          tx,
          ctx,
          ...reads(
            'roster',
            roster.flatMap((r) => r.members.map((m) => m.patientId)),
            { groupId, from, to },
          ),
        );
        return roster;
      });
    },

    async listReviews(
      ctx: RequestContext,
      query: {
        groupId?: string | undefined;
        status?: 'open' | 'resolved' | undefined;
        limit?: number | undefined;
        cursor?: string | undefined;
      },
    ) {
      const limit = query.limit ?? 50;
      const offset = page.offset(query.cursor);
      return db.transaction(async (tx) => {
        const rows = await q.listRosterReviews(
          tx,
          { groupId: query.groupId, status: query.status ?? 'open' },
          patientAccess.visibleCondition(ctx, rosterReviews.patientId),
          { limit, offset },
        );
        const result = page.of(rows, limit, offset);
        await audit.record(
          tx,
          ctx,
          ...reads(
            'roster_review',
            result.items.map((r) => r.patientId),
            { reviewIds: result.items.map((r) => r.id) },
          ),
        );
        return result;
      });
    },

    async resolveReview(ctx: RequestContext, id: string): Promise<q.RosterReviewRecord> {
      return db.transaction(async (tx) => {
        const visible = patientAccess.visibleCondition(ctx, rosterReviews.patientId);
        const review = await q.findRosterReview(tx, id, visible, { lock: true });
        if (!review) throw schedulingErrors.rosterReviewNotFound();
        if (review.resolvedAt !== null) throw schedulingErrors.rosterReviewResolved();
        await q.resolveRosterReview(tx, id, ctx.actor?.userId ?? null, clock.now());
        await audit.record(tx, ctx, {
          action: 'update',
          category: 'roster_review',
          patientId: review.patientId,
          entityId: id,
          details: { resolved: true },
        });
        return (await q.findRosterReview(tx, id, visible))!;
      });
    },
  };
}
