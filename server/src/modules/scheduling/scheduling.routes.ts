import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { enrollmentsRoutes } from './enrollments.routes.ts';
import { groupsRoutes } from './groups.routes.ts';
import type { SchedulingService } from './scheduling.service.ts';

export function schedulingRoutes(service: SchedulingService): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(groupsRoutes(service.groups));
    await app.register(enrollmentsRoutes(service.enrollments, service.rosters));
  };
}
