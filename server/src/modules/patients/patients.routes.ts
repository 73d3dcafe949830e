import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, IdResponse, ListQuery, Page } from '../../kernel/http/index.ts';
import type { PatientsService } from './patients.service.ts';
import {
  AuthorizationBody,
  AuthorizationResponse,
  CoverageBody,
  CoverageResponse,
  DuplicatesQuery,
  DuplicatesResponse,
  PatientBody,
  PatientCreatedResponse,
  PatientDetailResponse,
  PatientPatchBody,
  PatientResponse,
  PatientSearchQuery,
  PatientSummaryResponse,
  toAuthorizationResponse,
  toCoverageResponse,
  toDuplicateResponse,
  toPatientDetailResponse,
  toPatientResponse,
  toPatientSummaryResponse,
} from './patients.schemas.ts';

export function patientsRoutes(service: PatientsService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Patients'];

    app.post(
      '/patients',
      {
        config: { access: 'patients:write' },
        schema: { tags, body: PatientBody, response: { 201: PatientCreatedResponse } },
      },
      async (request, reply) => {
        const created = await service.create(request.ctx, request.body);
        return reply
          .status(201)
          .send({ ...created, possibleDuplicates: created.possibleDuplicates.map(toDuplicateResponse) });
      },
    );

    app.get(
      '/patients/duplicates',
      {
        config: { access: 'patients:read' },
        schema: { tags, querystring: DuplicatesQuery, response: { 200: DuplicatesResponse } },
      },
      async (request) => ({
        items: (await service.findDuplicates(request.ctx, request.query)).map(toDuplicateResponse),
      }),
    );

    app.get(
      '/patients',
      {
        config: { access: 'patients:read' },
        schema: { tags, querystring: PatientSearchQuery, response: { 200: Page(PatientSummaryResponse) } },
      },
      async (request) => {
        const result = await service.search(request.ctx, request.query);
        return { ...result, items: result.items.map(toPatientSummaryResponse) };
      },
    );

    app.get(
      '/patients/:id',
      {
        config: { access: 'patients:read' },
        schema: { tags, params: IdParams, response: { 200: PatientDetailResponse } },
      },
      async (request) => toPatientDetailResponse(await service.get(request.ctx, request.params.id)),
    );

    app.patch(
      '/patients/:id',
      {
        config: { access: 'patients:write' },
        schema: { tags, params: IdParams, body: PatientPatchBody, response: { 200: PatientResponse } },
      },
      async (request) => toPatientResponse(await service.update(request.ctx, request.params.id, request.body)),
    );

    app.post(
      '/patients/:id/coverages',
      {
        config: { access: 'coverages:write' },
        schema: { tags, params: IdParams, body: CoverageBody, response: { 201: IdResponse } },
      },
      async (request, reply) =>
        reply.status(201).send(await service.addCoverage(request.ctx, request.params.id, request.body)),
    );

    app.get(
      '/patients/:id/coverages',
      {
        config: { access: 'patients:read' },
        schema: { tags, params: IdParams, querystring: ListQuery, response: { 200: Page(CoverageResponse) } },
      },
      async (request) => {
        const result = await service.listCoverages(request.ctx, request.params.id, request.query);
        return { ...result, items: result.items.map(toCoverageResponse) };
      },
    );

    app.post(
      '/patients/:id/authorizations',
      {
        config: { access: 'authorizations:write' },
        schema: { tags, params: IdParams, body: AuthorizationBody, response: { 201: IdResponse } },
      },
      async (request, reply) =>
        reply.status(201).send(await service.addAuthorization(request.ctx, request.params.id, request.body)),
    );

    app.get(
      '/patients/:id/authorizations',
      {
        config: { access: 'patients:read' },
        schema: { tags, params: IdParams, querystring: ListQuery, response: { 200: Page(AuthorizationResponse) } },
      },
      async (request) => {
        const result = await service.listAuthorizations(request.ctx, request.params.id, request.query);
        return { ...result, items: result.items.map(toAuthorizationResponse) };
      },
    );
  };
}
