// Secret iCalendar feed URLs per staff member and per room (issue: calendars in the tools people
// already use). The token is the only credential, so it is 256 random bits and stored hashed; a feed
// names patients by initials only, and every feed that does is audited as a disclosure.
import { systemContext, type RequestContext } from '../../kernel/http/index.ts';
import { hashSecret, newId, newSecret } from '../../kernel/ids.ts';
import { findRoom, findStaff } from '../organization/index.ts';
import * as q from './calendar-feeds.queries.ts';
import type { FeedBody } from './calendar-feeds.schemas.ts';
import type { GroupsService, SchedulingDeps } from './groups.service.ts';
import { writeCalendar, type CalendarEvent } from './ical.ts';
import { addDays, localDate } from './recurrence.ts';
import { schedulingErrors } from './scheduling.errors.ts';
import type { INDIVIDUAL_KINDS } from './scheduling.tables.ts';
import { calendarViews, type SessionView } from './sessions.queries.ts';

/** What a feed covers: the recent past for reference, the next quarter for planning. */
const DAYS_BACK = 30;
const DAYS_AHEAD = 90;
/** Who may publish anyone's calendar (issue: admins and directors). */
const MANAGERS = ['admin', 'program_director'];

const KIND_LABELS: Record<(typeof INDIVIDUAL_KINDS)[number], string> = {
  individual_therapy: 'Individual therapy',
  family_therapy: 'Family therapy',
  psychiatric_evaluation: 'Psychiatric evaluation',
  medication_management: 'Medication management',
};

/** "A.R.": the first letter of each name, never more (the feed leaves the clinic's control). */
export function initials(name: { givenName: string; familyName: string }): string {
  const first = (part: string) => [...part.trim()][0]?.toLocaleUpperCase() ?? '';
  return `${first(name.givenName)}.${first(name.familyName)}.`;
}

function toEvent({ session, groupName, roomName, patient }: SessionView): CalendarEvent {
  const label = groupName ?? KIND_LABELS[session.kind as keyof typeof KIND_LABELS] ?? session.kind;
  return {
    uid: `${session.id}@iop-ehr`,
    start: session.startsAt,
    end: session.endsAt,
    summary: patient ? `${label} — ${initials(patient)}` : label,
    location: roomName ?? (session.modality && session.modality !== 'in_person' ? 'Telehealth' : null),
    cancelled: session.status === 'cancelled',
  };
}

export type CalendarFeedsService = ReturnType<typeof createCalendarFeedsService>;

export function createCalendarFeedsService({ db, clock, audit }: SchedulingDeps, groups: GroupsService) {
  const isManager = (ctx: RequestContext) => ctx.actor?.roles.some((r) => MANAGERS.includes(r)) ?? false;
  const userOf = (ctx: RequestContext) => ctx.actor!.userId;

  /** The calendar's title, or null when its owner is gone (the feed then stops answering). */
  async function ownerName(feed: q.FeedRow): Promise<string | null> {
    if (feed.ownerKind === 'room') {
      const room = await findRoom(db, feed.ownerId);
      return room?.active ? room.name : null;
    }
    const member = await findStaff(db, feed.ownerId);
    return member?.active ? `${member.name.given} ${member.name.family}` : null;
  }

  return {
    async createFeed(ctx: RequestContext, input: FeedBody): Promise<{ id: string; token: string }> {
      const own = input.ownerKind === 'staff' && input.ownerId === userOf(ctx);
      const allowed =
        isManager(ctx) || own || (input.ownerKind === 'room' && ctx.actor!.permissions.has('scheduling:write'));
      if (!allowed) throw schedulingErrors.feedNotAllowed();
      return db.transaction(async (tx) => {
        if (input.ownerKind === 'room') {
          const room = await findRoom(tx, input.ownerId);
          if (!room?.active) throw schedulingErrors.unknownRoom('ownerId');
        } else {
          const member = await findStaff(tx, input.ownerId);
          if (!member?.active) {
            throw schedulingErrors.unknownStaff([{ path: 'ownerId', message: 'no such active staff member' }]);
          }
        }
        const id = newId();
        const token = newSecret();
        await q.insertFeed(tx, {
          id,
          ownerKind: input.ownerKind,
          ownerId: input.ownerId,
          tokenHash: hashSecret(token),
          createdAt: clock.now(),
          createdBy: userOf(ctx),
        });
        await audit.record(tx, ctx, {
          action: 'create',
          category: 'calendar_feed',
          entityId: id,
          details: { ownerKind: input.ownerKind, ownerId: input.ownerId },
        });
        return { id, token };
      });
    },

    /** Whoever may revoke any feed sees every feed; others see the ones they made or that publish them. */
    async listFeeds(ctx: RequestContext): Promise<q.FeedRow[]> {
      return q.listFeeds(db, isManager(ctx) ? 'all' : { userId: userOf(ctx) });
    },

    async revokeFeed(ctx: RequestContext, id: string): Promise<void> {
      await db.transaction(async (tx) => {
        // Someone else's feed answers 404 like a missing one: its existence is not the caller's business.
        const feed = await q.findFeed(tx, id, isManager(ctx) ? 'all' : { userId: userOf(ctx) });
        if (!feed) throw schedulingErrors.feedNotFound();
        await q.revokeFeed(tx, id, clock.now());
        await audit.record(tx, ctx, { action: 'delete', category: 'calendar_feed', entityId: id });
      });
    },

    /**
     * The feed's calendar as RFC 5545 text. Whoever holds the URL reads it, so the audit event has no
     * actor: the request id and address are what is known.
     */
    async renderFeed(ctx: RequestContext, token: string): Promise<string> {
      const feed = await q.findFeedByTokenHash(db, hashSecret(token));
      const name = feed && (await ownerName(feed));
      if (!feed || !name) throw schedulingErrors.feedNotFound();
      const now = clock.now();
      const today = localDate(now, 'UTC');
      const range = { from: addDays(today, -DAYS_BACK), to: addDays(today, DAYS_AHEAD) };
      await groups.internal.ensureMaterialized(range.to);
      return db.transaction(async (tx) => {
        const owner = feed.ownerKind === 'room' ? { roomId: feed.ownerId } : { staffId: feed.ownerId };
        // Every patient is looked up, but only initials leave this function.
        const views = await calendarViews(tx, { ...range, ...owner }, undefined);
        const disclosed = [...new Set(views.flatMap((v) => (v.patient ? [v.patient.id] : [])))];
        await audit.record(
          tx,
          { ...systemContext(ctx.requestId), ip: ctx.ip },
          ...disclosed.map((patientId) => ({
            action: 'export' as const,
            category: 'calendar_feed',
            patientId,
            entityId: feed.id,
            details: { ownerKind: feed.ownerKind, ownerId: feed.ownerId, disclosed: 'initials' },
          })),
        );
        return writeCalendar({
          productId: '-//IOP EHR//Sessions//EN',
          name,
          stamp: now,
          events: views.map(toEvent),
        });
      });
    },
  };
}
