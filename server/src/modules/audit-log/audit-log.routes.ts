import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListQuery, Page } from '../../kernel/http/index.ts';
import type { AuditService } from './audit-log.service.ts';

const AuditEventResponse = Type.Object({
  id: Type.String(),
  at: Type.String({ format: 'date-time' }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorRoles: Type.Array(Type.String()),
  action: Type.String(),
  category: Type.String(),
  patientId: Type.Union([Type.String(), Type.Null()]),
  entityId: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.String(),
  ip: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.String(),
});

const AuditQuery = Type.Object({
  ...ListQuery.properties,
  patientId: Type.Optional(Type.String({ format: 'uuid' })),
  actorId: Type.Optional(Type.String({ format: 'uuid' })),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  action: Type.Optional(Type.String({ maxLength: 40 })),
});

export function auditLogRoutes(service: AuditService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/audit-events',
      {
        config: { access: 'audit:read' },
        schema: { tags: ['Audit'], querystring: AuditQuery, response: { 200: Page(AuditEventResponse) } },
      },
      async (request) => {
        const result = await service.list(request.ctx, request.query);
        return { ...result, items: result.items.map((e) => ({ ...e, at: e.at.toISOString() })) };
      },
    );
  };
}
