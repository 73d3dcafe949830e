// The scheduling module's use cases, composed from its sub-entities.
import { createEnrollmentsService, type EnrollmentDeps } from './enrollments.service.ts';
import { createGroupsService, type SchedulingDeps } from './groups.service.ts';
import { createRosterService } from './roster.service.ts';

export type SchedulingService = ReturnType<typeof createSchedulingService>;

export function createSchedulingService(deps: SchedulingDeps & EnrollmentDeps) {
  const groups = createGroupsService(deps);
  const enrollments = createEnrollmentsService(deps, groups);
  const rosters = createRosterService(deps, groups);
  return { groups, enrollments, rosters };
}
