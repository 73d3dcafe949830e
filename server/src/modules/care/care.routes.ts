import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, Page } from '../../kernel/http/index.ts';
import type { CareService } from './care.service.ts';
import { TaskResponse, TasksQuery, toTaskResponse } from './care.schemas.ts';

export function careRoutes(service: CareService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Care'];

    app.get(
      '/tasks',
      {
        config: { access: 'tasks:read' },
        schema: { tags, querystring: TasksQuery, response: { 200: Page(TaskResponse) } },
      },
      async (request) => {
        const result = await service.listTasks(request.ctx, request.query);
        return { ...result, items: result.items.map(toTaskResponse) };
      },
    );

    app.post(
      '/tasks/:id/complete',
      { config: { access: 'tasks:write' }, schema: { tags, params: IdParams, response: { 200: TaskResponse } } },
      async (request) => toTaskResponse(await service.completeTask(request.ctx, request.params.id)),
    );
  };
}
