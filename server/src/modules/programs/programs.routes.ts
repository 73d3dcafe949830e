import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, IdResponse, ListQuery, Page } from '../../kernel/http/index.ts';
import type { ProgramsService } from './programs.service.ts';
import {
  DischargeBody,
  EpisodeBody,
  EpisodeDetailResponse,
  EpisodeResponse,
  LevelOfCareBody,
  ProgramBody,
  ProgramPatch,
  ProgramResponse,
  ProgramStaffResponse,
  ProgramsQuery,
  StaffAssignmentBody,
  toEpisodeDetailResponse,
  toEpisodeResponse,
  toProgramResponse,
  toProgramStaffResponse,
} from './programs.schemas.ts';

export function programsRoutes(service: ProgramsService): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(programRoutes(service));
    await app.register(episodeRoutes(service));
  };
}

function programRoutes(service: ProgramsService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Programs'];
    const staffPage = (rows: Awaited<ReturnType<ProgramsService['listStaff']>>) => ({
      items: rows.map(toProgramStaffResponse),
      nextCursor: null,
    });

    app.post(
      '/programs',
      { config: { access: 'programs:write' }, schema: { tags, body: ProgramBody, response: { 201: IdResponse } } },
      async (request, reply) => reply.status(201).send(await service.createProgram(request.ctx, request.body)),
    );

    app.get(
      '/programs',
      {
        config: { access: 'programs:read' },
        schema: { tags, querystring: ProgramsQuery, response: { 200: Page(ProgramResponse) } },
      },
      async (request) => {
        const result = await service.listPrograms(request.query);
        return { ...result, items: result.items.map(toProgramResponse) };
      },
    );

    app.get(
      '/programs/:id',
      { config: { access: 'programs:read' }, schema: { tags, params: IdParams, response: { 200: ProgramResponse } } },
      async (request) => toProgramResponse(await service.getProgram(request.params.id)),
    );

    app.patch(
      '/programs/:id',
      {
        config: { access: 'programs:write' },
        schema: { tags, params: IdParams, body: ProgramPatch, response: { 200: ProgramResponse } },
      },
      async (request) => toProgramResponse(await service.updateProgram(request.ctx, request.params.id, request.body)),
    );

    app.put(
      '/programs/:id/staff',
      {
        config: { access: 'programs:write' },
        schema: { tags, params: IdParams, body: StaffAssignmentBody, response: { 200: Page(ProgramStaffResponse) } },
      },
      async (request) => staffPage(await service.setStaff(request.ctx, request.params.id, request.body.staffIds)),
    );

    app.get(
      '/programs/:id/staff',
      {
        config: { access: 'programs:read' },
        schema: { tags, params: IdParams, response: { 200: Page(ProgramStaffResponse) } },
      },
      async (request) => staffPage(await service.listStaff(request.params.id)),
    );
  };
}

function episodeRoutes(service: ProgramsService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Episodes'];
    const detail = ({ episode, history }: Awaited<ReturnType<ProgramsService['getEpisode']>>) =>
      toEpisodeDetailResponse(episode, history);

    app.post(
      '/episodes',
      { config: { access: 'episodes:write' }, schema: { tags, body: EpisodeBody, response: { 201: IdResponse } } },
      async (request, reply) => reply.status(201).send(await service.admitEpisode(request.ctx, request.body)),
    );

    app.get(
      '/episodes/:id',
      {
        config: { access: 'patients:read' },
        schema: { tags, params: IdParams, response: { 200: EpisodeDetailResponse } },
      },
      async (request) => detail(await service.getEpisode(request.ctx, request.params.id)),
    );

    app.get(
      '/patients/:id/episodes',
      {
        config: { access: 'patients:read' },
        schema: { tags, params: IdParams, querystring: ListQuery, response: { 200: Page(EpisodeResponse) } },
      },
      async (request) => {
        const result = await service.listPatientEpisodes(request.ctx, request.params.id, request.query);
        return { ...result, items: result.items.map(toEpisodeResponse) };
      },
    );

    app.post(
      '/episodes/:id/discharge',
      {
        config: { access: 'episodes:write' },
        schema: { tags, params: IdParams, body: DischargeBody, response: { 200: EpisodeDetailResponse } },
      },
      async (request) => detail(await service.dischargeEpisode(request.ctx, request.params.id, request.body)),
    );

    app.post(
      '/episodes/:id/level-of-care',
      {
        config: { access: 'episodes:write' },
        schema: { tags, params: IdParams, body: LevelOfCareBody, response: { 200: EpisodeDetailResponse } },
      },
      async (request) => detail(await service.changeLevelOfCare(request.ctx, request.params.id, request.body)),
    );
  };
}
