import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { groupsRoutes } from './groups.routes.ts';
import type { SchedulingService } from './scheduling.service.ts';

export function schedulingRoutes(service: SchedulingService): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(groupsRoutes(service.groups));
  };
}
