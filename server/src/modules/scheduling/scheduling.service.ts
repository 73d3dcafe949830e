// The scheduling module's use cases, composed from its sub-entities.
import { createCalendarFeedsService } from './calendar-feeds.service.ts';
import { createEnrollmentsService, type EnrollmentDeps } from './enrollments.service.ts';
import { createGroupsService, type SchedulingDeps } from './groups.service.ts';
import { createRosterService } from './roster.service.ts';
import { createSeriesService } from './series.service.ts';
import { createSessionsService } from './sessions.service.ts';

export type SchedulingService = ReturnType<typeof createSchedulingService>;

export function createSchedulingService(deps: SchedulingDeps & EnrollmentDeps) {
  const groups = createGroupsService(deps);
  const enrollments = createEnrollmentsService(deps, groups);
  const rosters = createRosterService(deps, groups);
  const sessions = createSessionsService(deps, groups);
  const series = createSeriesService(deps, groups, enrollments.internal.promoteWaitlist);
  const calendarFeeds = createCalendarFeedsService(deps, groups);
  return { groups, enrollments, rosters, sessions, series, calendarFeeds };
}
