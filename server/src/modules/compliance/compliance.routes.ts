import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ComplianceService } from './compliance.service.ts';
import { toWeekResponse, WeeklyQuery, WeeklyResponse, WeeksQuery, WeeksResponse } from './compliance.schemas.ts';

/**
 * A year of a program is tens of thousands of items (bench S4): JSON.stringify writes them several
 * times faster than the serializer compiled from the schema (docs/decisions/0009). The schema still
 * documents the response, and the mappers (compliance.schemas.ts) copy every field by name, so
 * nothing outside it reaches the body: the guard the compiled serializer gives other routes.
 */
const serializerCompiler = () => (data: unknown) => JSON.stringify(data);

export function complianceRoutes(service: ComplianceService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Compliance'];

    app.get(
      '/compliance/weekly',
      {
        config: { access: 'compliance:read' },
        schema: { tags, querystring: WeeklyQuery, response: { 200: WeeklyResponse } },
        serializerCompiler,
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
        serializerCompiler,
      },
      async (request) => {
        const { programId, weeks } = await service.weeks(request.ctx, request.query);
        return { programId, weeks: weeks.map(toWeekResponse) };
      },
    );
  };
}
