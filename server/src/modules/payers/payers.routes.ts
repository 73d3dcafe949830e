import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, ListQuery, Page } from '../../kernel/http/index.ts';
import type { PayersService } from './payers.service.ts';
import {
  PayerBody,
  PayerResponse,
  RuleVersionResponse,
  RulesBody,
  TemplateResponse,
  templateResponses,
  toPayerResponse,
  toRuleVersionResponse,
} from './payers.schemas.ts';

export function payersRoutes(service: PayersService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Payers'];

    app.post(
      '/payers',
      { config: { access: 'payers:write' }, schema: { tags, body: PayerBody, response: { 201: PayerResponse } } },
      async (request, reply) =>
        reply.status(201).send(toPayerResponse(await service.createPayer(request.ctx, request.body))),
    );

    app.get(
      '/payers',
      {
        config: { access: 'payers:read' },
        schema: { tags, querystring: ListQuery, response: { 200: Page(PayerResponse) } },
      },
      async (request) => {
        const result = await service.listPayers(request.query);
        return { ...result, items: result.items.map(toPayerResponse) };
      },
    );

    app.get(
      '/payers/:id',
      { config: { access: 'payers:read' }, schema: { tags, params: IdParams, response: { 200: PayerResponse } } },
      async (request) => toPayerResponse(await service.getPayer(request.params.id)),
    );

    app.put(
      '/payers/:id/rules',
      {
        config: { access: 'payers:write' },
        schema: { tags, params: IdParams, body: RulesBody, response: { 200: PayerResponse } },
      },
      async (request) => toPayerResponse(await service.replaceRules(request.ctx, request.params.id, request.body)),
    );

    app.get(
      '/payers/:id/rules/versions',
      {
        config: { access: 'payers:read' },
        schema: { tags, params: IdParams, querystring: ListQuery, response: { 200: Page(RuleVersionResponse) } },
      },
      async (request) => {
        const result = await service.listRuleVersions(request.params.id, request.query);
        return { ...result, items: result.items.map(toRuleVersionResponse) };
      },
    );

    app.get(
      '/payer-templates',
      { config: { access: 'payers:read' }, schema: { tags, response: { 200: Page(TemplateResponse) } } },
      async () => ({ items: templateResponses(), nextCursor: null }),
    );
  };
}
