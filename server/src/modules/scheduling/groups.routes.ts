import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, IdResponse, Page } from '../../kernel/http/index.ts';
import type { GroupsService } from './groups.service.ts';
import {
  GroupBody,
  GroupResponse,
  GroupSessionResponse,
  GroupsQuery,
  SessionRange,
  toGroupResponse,
  toGroupSessionResponse,
} from './groups.schemas.ts';

export function groupsRoutes(service: GroupsService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Scheduling'];

    app.post(
      '/groups',
      { config: { access: 'scheduling:write' }, schema: { tags, body: GroupBody, response: { 201: IdResponse } } },
      async (request, reply) => reply.status(201).send(await service.createGroup(request.ctx, request.body)),
    );

    app.get(
      '/groups',
      {
        config: { access: 'scheduling:read' },
        schema: { tags, querystring: GroupsQuery, response: { 200: Page(GroupResponse) } },
      },
      async (request) => {
        const result = await service.listGroups(request.query);
        return { ...result, items: result.items.map(toGroupResponse) };
      },
    );

    app.get(
      '/groups/:id',
      { config: { access: 'scheduling:read' }, schema: { tags, params: IdParams, response: { 200: GroupResponse } } },
      async (request) => toGroupResponse(await service.getGroup(request.params.id)),
    );

    app.get(
      '/groups/:id/sessions',
      {
        config: { access: 'scheduling:read' },
        schema: {
          tags,
          params: IdParams,
          querystring: SessionRange,
          response: { 200: Type.Object({ items: Type.Array(GroupSessionResponse) }) },
        },
      },
      async (request) => {
        const rows = await service.listGroupSessions(request.params.id, request.query.from, request.query.to);
        return { items: rows.map(toGroupSessionResponse) };
      },
    );
  };
}
