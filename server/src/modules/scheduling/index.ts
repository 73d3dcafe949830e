export * from './scheduling.tables.ts';
export { createSchedulingService, type SchedulingService } from './scheduling.service.ts';
export { schedulingRoutes } from './scheduling.routes.ts';
export { localInstant, localDate } from './recurrence.ts';
export { expectedRosters, type RosterMember, type SessionAttendance, type AttendanceFor } from './roster.queries.ts';
export type { SessionsInUse } from './series.queries.ts';
