import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ReportsService } from './reports.service.ts';
import { ReportQuery, ReportResponse, toReportResponse } from './reports.schemas.ts';

export function reportsRoutes(service: ReportsService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Outcomes'];
    const config = { access: 'outcomes:report' } as const;

    app.get(
      '/outcomes/reports',
      { config, schema: { tags, querystring: ReportQuery, response: { 200: ReportResponse } } },
      async (request) => toReportResponse(await service.program(request.ctx, request.query)),
    );

    app.get(
      '/outcomes/reports.csv',
      {
        config,
        schema: {
          tags,
          querystring: ReportQuery,
          response: { 200: { content: { 'text/csv': { schema: Type.String() } } } },
        },
      },
      async (request, reply) => {
        const file = await service.csv(request.ctx, request.query);
        const digest = Buffer.from(file.sha256, 'hex').toString('base64');
        return (
          reply
            // RFC 4180 §3: text/csv with its optional header parameter.
            .type('text/csv; charset=utf-8; header=present')
            .header('content-disposition', `attachment; filename="${file.filename}"`)
            // RFC 9530: the file's SHA-256, so a recipient can check it arrived unaltered.
            .header('repr-digest', `sha-256=:${digest}:`)
            .send(file.csv)
        );
      },
    );
  };
}
