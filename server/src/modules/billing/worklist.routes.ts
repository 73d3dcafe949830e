import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, ListQuery, Page } from '../../kernel/http/index.ts';
import type { Worklist } from './worklist.service.ts';
import {
  BatchesQuery,
  BatchSummary,
  ClaimSummaries,
  ClaimSummaryQuery,
  HoldsQuery,
  HoldsResponse,
  RemittanceDetail,
  RemittanceSummary,
} from './worklist.schemas.ts';

/** The billing screens' read views: holds to fix, claims to batch, batches and remittances. */
export function worklistRoutes(worklist: Worklist): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Billing'];
    const access = 'billing:read';

    app.get(
      '/billing/holds',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Held services to fix, with patient, session, program and reason, and counts per reason',
          querystring: HoldsQuery,
          response: { 200: HoldsResponse },
        },
      },
      async (request) => worklist.holds(request.ctx, request.query),
    );

    app.get(
      '/billing/claims',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Claims as the claims list shows them: names, issue counts, and totals over the filter',
          querystring: ClaimSummaryQuery,
          response: { 200: ClaimSummaries },
        },
      },
      async (request) => worklist.claims(request.ctx, request.query),
    );

    app.get(
      '/claim-batches',
      {
        config: { access },
        schema: { tags, querystring: BatchesQuery, response: { 200: Page(BatchSummary) } },
      },
      async (request) => worklist.batches(request.ctx, request.query),
    );

    app.get(
      '/remittances',
      {
        config: { access },
        schema: { tags, querystring: ListQuery, response: { 200: Page(RemittanceSummary) } },
      },
      async (request) => worklist.remittances(request.ctx, request.query),
    );

    app.get(
      '/remittances/:id',
      {
        config: { access },
        schema: { tags, params: IdParams, response: { 200: RemittanceDetail } },
      },
      async (request) => worklist.remittance(request.ctx, request.params.id),
    );
  };
}
