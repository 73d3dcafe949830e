import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, Page } from '../../kernel/http/index.ts';
import type { BillingService } from './billing.service.ts';
import {
  BatchBody,
  BatchResponse,
  ClaimResponse,
  ClaimsQuery,
  PreviewResponse,
  RemittanceBody,
  RemittanceResponse,
  RunBody,
  RunResponse,
} from './billing.schemas.ts';

export function billingRoutes(service: BillingService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Billing'];

    app.post(
      '/billing/runs',
      { config: { access: 'billing:write' }, schema: { tags, body: RunBody, response: { 201: RunResponse } } },
      async (request, reply) => reply.status(201).send(await service.runs.run(request.ctx, request.body)),
    );

    app.get(
      '/claims',
      {
        config: { access: 'billing:read' },
        schema: { tags, querystring: ClaimsQuery, response: { 200: Page(ClaimResponse) } },
      },
      async (request) => service.claims.list(request.ctx, request.query),
    );

    app.get(
      '/claims/:id',
      { config: { access: 'billing:read' }, schema: { tags, params: IdParams, response: { 200: ClaimResponse } } },
      async (request) => service.claims.get(request.ctx, request.params.id),
    );

    app.get(
      '/claims/:id/form.pdf',
      {
        config: { access: 'billing:read' },
        schema: {
          tags,
          params: IdParams,
          response: {
            200: {
              content: { 'application/pdf': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } },
            },
          },
        },
      },
      async (request, reply) => {
        const pdf = await service.claims.form(request.ctx, request.params.id);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="claim-${request.params.id}.pdf"`)
          .send(Buffer.from(pdf));
      },
    );

    // BILLING-RULES §1: a claim the payer has is corrected by a replacement (7) or a void (8), never edited.
    app.post(
      '/claims/:id/replacement',
      { config: { access: 'billing:write' }, schema: { tags, params: IdParams, response: { 201: ClaimResponse } } },
      async (request, reply) => reply.status(201).send(await service.claims.replace(request.ctx, request.params.id)),
    );

    app.post(
      '/claims/:id/void',
      { config: { access: 'billing:write' }, schema: { tags, params: IdParams, response: { 201: ClaimResponse } } },
      async (request, reply) => reply.status(201).send(await service.claims.void(request.ctx, request.params.id)),
    );

    app.post(
      '/claim-batches',
      { config: { access: 'billing:write' }, schema: { tags, body: BatchBody, response: { 201: BatchResponse } } },
      async (request, reply) =>
        reply.status(201).send(await service.batches.create(request.ctx, request.body.claimIds)),
    );

    app.get(
      '/claim-batches/:id/x12',
      {
        config: { access: 'billing:read' },
        schema: { tags, params: IdParams, response: { 200: { content: { 'text/plain': { schema: Type.String() } } } } },
      },
      async (request, reply) =>
        reply.type('text/plain; charset=utf-8').send(await service.batches.x12(request.ctx, request.params.id)),
    );

    app.post(
      '/remittances',
      {
        // An 835 of a busy month runs to megabytes; the schema caps it at 10 MB.
        bodyLimit: 10_000_000,
        config: { access: 'billing:write' },
        schema: {
          tags,
          consumes: ['text/plain'],
          body: RemittanceBody,
          response: { 201: RemittanceResponse },
        },
      },
      async (request, reply) => reply.status(201).send(await service.remittances.post(request.ctx, request.body)),
    );

    app.get(
      '/sessions/:id/claim-preview',
      { config: { access: 'billing:read' }, schema: { tags, params: IdParams, response: { 200: PreviewResponse } } },
      async (request) => service.runs.preview(request.ctx, request.params.id),
    );
  };
}
