import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../../kernel/http/index.ts';
import { instruments } from './instruments/index.ts';
import type { OutcomesService } from './outcomes.service.ts';
import {
  Assessment,
  AssessmentBody,
  AssessmentList,
  AssessmentQuery,
  InstrumentList,
  MeasuresDue,
  toAssessment,
} from './outcomes.schemas.ts';
import { reportsRoutes } from './reports.routes.ts';
import { selfReportRoutes } from './self-report.routes.ts';

export function outcomesRoutes(service: OutcomesService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Outcomes'];
    const read = { access: 'outcomes:read' } as const;
    const write = { access: 'outcomes:write' } as const;

    app.get('/instruments', { config: read, schema: { tags, response: { 200: InstrumentList } } }, async () => ({
      items: Object.values(instruments),
    }));

    app.post(
      '/patients/:id/assessments',
      { config: write, schema: { tags, params: IdParams, body: AssessmentBody, response: { 201: Assessment } } },
      async (request, reply) => {
        const { administeredAt, ...body } = request.body;
        const recorded = await service.assessments.record(request.ctx, request.params.id, {
          ...body,
          administeredAt: administeredAt === undefined ? undefined : new Date(administeredAt),
        });
        return reply.status(201).send(toAssessment(recorded));
      },
    );

    app.get(
      '/patients/:id/assessments',
      {
        config: read,
        schema: { tags, params: IdParams, querystring: AssessmentQuery, response: { 200: AssessmentList } },
      },
      async (request) => ({
        items: (await service.assessments.history(request.ctx, request.params.id, request.query.instrument)).map(
          toAssessment,
        ),
      }),
    );

    app.get(
      '/patients/:id/measures-due',
      { config: read, schema: { tags, params: IdParams, response: { 200: MeasuresDue } } },
      async (request) => ({ items: await service.measures.due(request.ctx, request.params.id) }),
    );

    await app.register(selfReportRoutes(service.selfReport));
    await app.register(reportsRoutes(service.reports));
  };
}
