import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams } from '../../kernel/http/index.ts';
import { FeedBody, FeedCreated, FeedItem, TokenParams, feedUrl, toFeedItem } from './calendar-feeds.schemas.ts';
import type { CalendarFeedsService } from './calendar-feeds.service.ts';

export function calendarFeedsRoutes(service: CalendarFeedsService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['Scheduling'];

    app.post(
      '/calendar-feeds',
      { config: { access: 'scheduling:read' }, schema: { tags, body: FeedBody, response: { 201: FeedCreated } } },
      async (request, reply) => {
        const { id, token } = await service.createFeed(request.ctx, request.body);
        return reply.status(201).send({ id, url: feedUrl(token) });
      },
    );

    app.get(
      '/calendar-feeds',
      {
        config: { access: 'scheduling:read' },
        schema: { tags, response: { 200: Type.Object({ items: Type.Array(FeedItem) }) } },
      },
      async (request) => ({ items: (await service.listFeeds(request.ctx)).map(toFeedItem) }),
    );

    app.delete(
      '/calendar-feeds/:id',
      { config: { access: 'scheduling:read' }, schema: { tags, params: IdParams, response: { 204: Type.Null() } } },
      async (request, reply) => {
        await service.revokeFeed(request.ctx, request.params.id);
        return reply.status(204).send(null);
      },
    );

    // Public: calendar clients cannot log in, so the secret token in the URL is the credential.
    app.get(
      '/calendar-feeds/:token.ics',
      {
        config: { access: 'public' },
        schema: {
          tags,
          params: TokenParams,
          response: { 200: { content: { 'text/calendar': { schema: Type.String() } } } },
        },
      },
      async (request, reply) => {
        const body = await service.renderFeed(request.ctx, request.params.token);
        return reply
          .header('Content-Type', 'text/calendar; charset=utf-8')
          .header('Cache-Control', 'no-store')
          .send(body);
      },
    );
  };
}
