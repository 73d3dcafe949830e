import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../../kernel/http/index.ts';
import type { AttendanceService } from './attendance.service.ts';
import {
  AttendanceBody,
  AttendanceList,
  AttendanceRecord,
  CheckInBody,
  CheckOutBody,
  IdempotencyHeaders,
} from './attendance.schemas.ts';

export function attendanceRoutes(service: AttendanceService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Attendance'];

    app.get(
      '/sessions/:id/attendance',
      { config: { access: 'attendance:read' }, schema: { tags, params: IdParams, response: { 200: AttendanceList } } },
      async (request) => ({ records: await service.list(request.ctx, request.params.id) }),
    );

    app.put(
      '/sessions/:id/attendance',
      {
        config: { access: 'attendance:write' },
        schema: { tags, params: IdParams, body: AttendanceBody, response: { 200: AttendanceList } },
      },
      async (request) => ({ records: await service.record(request.ctx, request.params.id, request.body) }),
    );

    app.post(
      '/sessions/:id/check-ins',
      {
        config: { access: 'attendance:write' },
        schema: {
          tags,
          params: IdParams,
          headers: IdempotencyHeaders,
          body: CheckInBody,
          response: { 200: AttendanceRecord, 201: AttendanceRecord },
        },
      },
      async (request, reply) => {
        const answer = await service.checkIn(
          request.ctx,
          request.params.id,
          request.body,
          request.headers['idempotency-key'],
        );
        return reply.status(answer.statusCode).send(answer.record);
      },
    );

    app.post(
      '/sessions/:id/check-outs',
      {
        config: { access: 'attendance:write' },
        schema: { tags, params: IdParams, body: CheckOutBody, response: { 200: AttendanceRecord } },
      },
      async (request) => service.checkOut(request.ctx, request.params.id, request.body),
    );
  };
}
