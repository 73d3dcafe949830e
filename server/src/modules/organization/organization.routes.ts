import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, IdResponse, ListQuery, Page } from '../../kernel/http/index.ts';
import type { OrganizationService } from './organization.service.ts';
import {
  OrganizationBody,
  OrganizationResponse,
  RoomBody,
  RoomPatchBody,
  RoomQuery,
  RoomResponse,
  SiteBody,
  SitePatchBody,
  SiteResponse,
  StaffBody,
  StaffCreatedResponse,
  StaffPatchBody,
  StaffQuery,
  StaffResponse,
  toOrganizationResponse,
  toRoomResponse,
  toSiteResponse,
  toStaffResponse,
} from './organization.schemas.ts';

export function organizationRoutes(service: OrganizationService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Organization'];

    app.get(
      '/organization',
      { config: { access: 'organization:read' }, schema: { tags, response: { 200: OrganizationResponse } } },
      async (request) => toOrganizationResponse(await service.getOrganization(request.ctx)),
    );

    app.put(
      '/organization',
      {
        config: { access: 'organization:write' },
        schema: { tags, body: OrganizationBody, response: { 200: OrganizationResponse } },
      },
      async (request) => toOrganizationResponse(await service.putOrganization(request.ctx, request.body)),
    );

    app.post(
      '/sites',
      { config: { access: 'organization:write' }, schema: { tags, body: SiteBody, response: { 201: IdResponse } } },
      async (request, reply) => reply.status(201).send(await service.createSite(request.ctx, request.body)),
    );

    app.get(
      '/sites',
      {
        config: { access: 'organization:read' },
        schema: { tags, querystring: ListQuery, response: { 200: Page(SiteResponse) } },
      },
      async (request) => {
        const result = await service.listSites(request.ctx, request.query);
        return { ...result, items: result.items.map(toSiteResponse) };
      },
    );

    app.get(
      '/sites/:id',
      { config: { access: 'organization:read' }, schema: { tags, params: IdParams, response: { 200: SiteResponse } } },
      async (request) => toSiteResponse(await service.getSite(request.ctx, request.params.id)),
    );

    app.patch(
      '/sites/:id',
      {
        config: { access: 'organization:write' },
        schema: { tags, params: IdParams, body: SitePatchBody, response: { 200: SiteResponse } },
      },
      async (request) => toSiteResponse(await service.updateSite(request.ctx, request.params.id, request.body)),
    );

    app.post(
      '/rooms',
      { config: { access: 'organization:write' }, schema: { tags, body: RoomBody, response: { 201: IdResponse } } },
      async (request, reply) => reply.status(201).send(await service.createRoom(request.ctx, request.body)),
    );

    app.get(
      '/rooms',
      {
        config: { access: 'organization:read' },
        schema: { tags, querystring: RoomQuery, response: { 200: Page(RoomResponse) } },
      },
      async (request) => {
        const result = await service.listRooms(request.ctx, request.query);
        return { ...result, items: result.items.map(toRoomResponse) };
      },
    );

    app.get(
      '/rooms/:id',
      { config: { access: 'organization:read' }, schema: { tags, params: IdParams, response: { 200: RoomResponse } } },
      async (request) => toRoomResponse(await service.getRoom(request.ctx, request.params.id)),
    );

    app.patch(
      '/rooms/:id',
      {
        config: { access: 'organization:write' },
        schema: { tags, params: IdParams, body: RoomPatchBody, response: { 200: RoomResponse } },
      },
      async (request) => toRoomResponse(await service.updateRoom(request.ctx, request.params.id, request.body)),
    );

    app.post(
      '/staff',
      { config: { access: 'staff:write' }, schema: { tags, body: StaffBody, response: { 201: StaffCreatedResponse } } },
      async (request, reply) => reply.status(201).send(await service.createStaff(request.ctx, request.body)),
    );

    app.get(
      '/staff',
      {
        config: { access: 'staff:read' },
        schema: { tags, querystring: StaffQuery, response: { 200: Page(StaffResponse) } },
      },
      async (request) => {
        const result = await service.listStaff(request.ctx, request.query);
        return { ...result, items: result.items.map(toStaffResponse) };
      },
    );

    app.get(
      '/staff/:id',
      { config: { access: 'staff:read' }, schema: { tags, params: IdParams, response: { 200: StaffResponse } } },
      async (request) => toStaffResponse(await service.getStaff(request.ctx, request.params.id)),
    );

    app.patch(
      '/staff/:id',
      {
        config: { access: 'staff:write' },
        schema: { tags, params: IdParams, body: StaffPatchBody, response: { 200: StaffResponse } },
      },
      async (request) => toStaffResponse(await service.updateStaff(request.ctx, request.params.id, request.body)),
    );
  };
}
