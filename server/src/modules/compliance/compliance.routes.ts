import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ComplianceService } from './compliance.service.ts';
import { toWeekResponse, WeeklyQuery, WeeklyResponse, WeeksQuery, WeeksResponse } from './compliance.schemas.ts';

export function complianceRoutes(service: ComplianceService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Compliance'];

    app.get(
      '/compliance/weekly',
      {
        config: { access: 'compliance:read' },
        schema: { tags, querystring: WeeklyQuery, response: { 200: WeeklyResponse } },
      },
      async (request) => {
        const { programId, ...week } = await service.weekly(request.ctx, request.query);
        return { programId, ...toWeekResponse(week) };
      },
    );

    app.get(
      '/compliance/weeks',
      {
        config: { access: 'compliance:read' },
        schema: { tags, querystring: WeeksQuery, response: { 200: WeeksResponse } },
      },
      async (request) => {
        const { programId, weeks } = await service.weeks(request.ctx, request.query);
        return { programId, weeks: weeks.map(toWeekResponse) };
      },
    );
  };
}
