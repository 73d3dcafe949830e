import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../../kernel/http/index.ts';
import {
  ResponseAccepted,
  ResponseBody,
  SelfReportForm,
  TokenBody,
  TokenCreated,
  TokenParams,
  toSelfReportForm,
  toTokenCreated,
} from './self-report.schemas.ts';
import type { SelfReportService } from './self-report.service.ts';

export function selfReportRoutes(service: SelfReportService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Outcomes'];

    app.post(
      '/patients/:id/self-report-tokens',
      {
        config: { access: 'outcomes:self_report' },
        schema: { tags, params: IdParams, body: TokenBody, response: { 201: TokenCreated } },
      },
      async (request, reply) =>
        reply.status(201).send(toTokenCreated(await service.createToken(request.ctx, request.params.id, request.body))),
    );

    // Public: the patient does not log in; the secret token in the URL is the credential, and it
    // opens this one patient's questionnaires and nothing else.
    app.get(
      '/self-report/:token',
      {
        config: { access: 'public' },
        schema: { tags, params: TokenParams, response: { 200: SelfReportForm } },
      },
      async (request) => toSelfReportForm(await service.open(request.ctx, request.params.token)),
    );

    app.post(
      '/self-report/:token/responses',
      {
        config: { access: 'public' },
        schema: { tags, params: TokenParams, body: ResponseBody, response: { 201: ResponseAccepted } },
      },
      async (request, reply) =>
        reply.status(201).send(await service.answer(request.ctx, request.params.token, request.body)),
    );
  };
}
