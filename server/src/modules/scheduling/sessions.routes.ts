import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams } from '../../kernel/http/index.ts';
import type { SessionsService } from './sessions.service.ts';
import {
  AppointmentBody,
  AppointmentResponse,
  CalendarItem,
  CalendarQuery,
  CancelBody,
  SessionDetail,
  SessionPatch,
  toCalendarItem,
  toSessionDetail,
} from './sessions.schemas.ts';

export function sessionsRoutes(service: SessionsService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Scheduling'];

    app.post(
      '/sessions',
      {
        config: { access: 'scheduling:write' },
        schema: { tags, body: AppointmentBody, response: { 201: AppointmentResponse } },
      },
      async (request, reply) => reply.status(201).send(await service.createAppointment(request.ctx, request.body)),
    );

    app.get(
      '/sessions',
      {
        config: { access: 'scheduling:read' },
        schema: {
          tags,
          querystring: CalendarQuery,
          response: { 200: Type.Object({ items: Type.Array(CalendarItem) }) },
        },
      },
      async (request) => {
        const rows = await service.calendar(request.ctx, request.query);
        return { items: rows.map((r) => toCalendarItem(r.view, r.facilitators)) };
      },
    );

    app.get(
      '/sessions/:id',
      { config: { access: 'scheduling:read' }, schema: { tags, params: IdParams, response: { 200: SessionDetail } } },
      async (request) => toSessionDetail(await service.getSession(request.ctx, request.params.id)),
    );

    app.patch(
      '/sessions/:id',
      {
        config: { access: 'scheduling:write' },
        schema: { tags, params: IdParams, body: SessionPatch, response: { 200: SessionDetail } },
      },
      async (request) => toSessionDetail(await service.updateSession(request.ctx, request.params.id, request.body)),
    );

    app.post(
      '/sessions/:id/cancel',
      {
        config: { access: 'scheduling:write' },
        schema: { tags, params: IdParams, body: CancelBody, response: { 200: SessionDetail } },
      },
      async (request) =>
        toSessionDetail(await service.cancelSession(request.ctx, request.params.id, request.body.reason)),
    );
  };
}
