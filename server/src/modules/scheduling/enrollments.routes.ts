import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, Page } from '../../kernel/http/index.ts';
import {
  BulkEnrollmentBody,
  BulkEnrollmentResponse,
  EndEnrollmentBody,
  EnrollmentBody,
  EnrollmentChangeResponse,
  EnrollmentCreatedResponse,
  EnrollmentResponse,
  RosterRange,
  RosterResponse,
  RosterReviewResponse,
  RosterReviewsQuery,
  WithdrawEnrollmentBody,
  toBulkEnrollmentResponse,
  toEnrollmentChangeResponse,
  toEnrollmentCreatedResponse,
  toEnrollmentResponse,
  toRosterResponse,
  toRosterReviewResponse,
} from './enrollments.schemas.ts';
import type { EnrollmentsService } from './enrollments.service.ts';
import type { RosterService } from './roster.service.ts';

export function enrollmentsRoutes(service: EnrollmentsService, rosters: RosterService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Scheduling'];

    app.post(
      '/groups/:id/enrollments',
      {
        config: { access: 'scheduling:write' },
        schema: { tags, params: IdParams, body: EnrollmentBody, response: { 201: EnrollmentCreatedResponse } },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            toEnrollmentCreatedResponse(await service.createEnrollment(request.ctx, request.params.id, request.body)),
          ),
    );

    app.get(
      '/groups/:id/enrollments',
      {
        config: { access: 'scheduling:read' },
        schema: { tags, params: IdParams, response: { 200: Type.Object({ items: Type.Array(EnrollmentResponse) }) } },
      },
      async (request) => ({
        items: (await service.listEnrollments(request.ctx, request.params.id)).map(toEnrollmentResponse),
      }),
    );

    app.post(
      '/enrollments/:id/end',
      {
        config: { access: 'scheduling:write' },
        schema: { tags, params: IdParams, body: EndEnrollmentBody, response: { 200: EnrollmentChangeResponse } },
      },
      async (request) =>
        toEnrollmentChangeResponse(await service.endEnrollment(request.ctx, request.params.id, request.body.endDate)),
    );

    app.post(
      '/enrollments/:id/withdraw',
      {
        config: { access: 'scheduling:write' },
        schema: { tags, params: IdParams, body: WithdrawEnrollmentBody, response: { 200: EnrollmentChangeResponse } },
        // The reason is optional, and so is the body that carries it.
        preValidation: async (request) => {
          request.body ??= {};
        },
      },
      async (request) =>
        toEnrollmentChangeResponse(
          await service.withdrawEnrollment(request.ctx, request.params.id, request.body.reason),
        ),
    );

    app.post(
      '/programs/:id/bulk-enrollments',
      {
        config: { access: 'scheduling:write' },
        schema: { tags, params: IdParams, body: BulkEnrollmentBody, response: { 200: BulkEnrollmentResponse } },
      },
      async (request) =>
        toBulkEnrollmentResponse(await service.bulkEnroll(request.ctx, request.params.id, request.body)),
    );

    app.get(
      '/groups/:id/roster',
      {
        config: { access: 'scheduling:read' },
        schema: { tags, params: IdParams, querystring: RosterRange, response: { 200: RosterResponse } },
      },
      async (request) =>
        toRosterResponse(await rosters.roster(request.ctx, request.params.id, request.query.from, request.query.to)),
    );

    app.get(
      '/roster-reviews',
      {
        config: { access: 'scheduling:read' },
        schema: { tags, querystring: RosterReviewsQuery, response: { 200: Page(RosterReviewResponse) } },
      },
      async (request) => {
        const result = await rosters.listReviews(request.ctx, request.query);
        return { ...result, items: result.items.map(toRosterReviewResponse) };
      },
    );

    app.post(
      '/roster-reviews/:id/resolve',
      {
        config: { access: 'scheduling:write' },
        schema: { tags, params: IdParams, response: { 200: RosterReviewResponse } },
      },
      async (request) => toRosterReviewResponse(await rosters.resolveReview(request.ctx, request.params.id)),
    );
  };
}
