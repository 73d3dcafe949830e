// The scheduling module's use cases, composed from its sub-entities.
import { createGroupsService, type SchedulingDeps } from './groups.service.ts';

export type SchedulingService = ReturnType<typeof createSchedulingService>;

export function createSchedulingService(deps: SchedulingDeps) {
  const groups = createGroupsService(deps);
  return { groups };
}
