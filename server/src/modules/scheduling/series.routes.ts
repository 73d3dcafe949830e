import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../../kernel/http/index.ts';
import { GroupResponse, toGroupResponse } from './groups.schemas.ts';
import { SeriesPatch } from './series.schemas.ts';
import type { SeriesService } from './series.service.ts';

export function seriesRoutes(service: SeriesService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.patch(
      '/groups/:id',
      {
        config: { access: 'scheduling:write' },
        schema: { tags: ['Scheduling'], params: IdParams, body: SeriesPatch, response: { 200: GroupResponse } },
      },
      async (request) => toGroupResponse(await service.updateSeries(request.ctx, request.params.id, request.body)),
    );
  };
}
