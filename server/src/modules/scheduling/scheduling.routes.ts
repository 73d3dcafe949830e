import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { calendarFeedsRoutes } from './calendar-feeds.routes.ts';
import { enrollmentsRoutes } from './enrollments.routes.ts';
import { groupsRoutes } from './groups.routes.ts';
import type { SchedulingService } from './scheduling.service.ts';
import { seriesRoutes } from './series.routes.ts';
import { sessionsRoutes } from './sessions.routes.ts';

export function schedulingRoutes(service: SchedulingService): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(groupsRoutes(service.groups));
    await app.register(enrollmentsRoutes(service.enrollments, service.rosters));
    await app.register(sessionsRoutes(service.sessions));
    await app.register(seriesRoutes(service.series));
    await app.register(calendarFeedsRoutes(service.calendarFeeds));
  };
}
