// Request and response shapes of /api/calendar-feeds and their mappers.
import { Type, type Static } from 'typebox';
import type { FeedRow } from './calendar-feeds.queries.ts';

export const FeedBody = Type.Object(
  { ownerKind: Type.Enum(['staff', 'room']), ownerId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export type FeedBody = Static<typeof FeedBody>;

/** The URL carries the secret: it is shown once, at creation, and never again. */
export const FeedCreated = Type.Object({ id: Type.String(), url: Type.String() });

export const FeedItem = Type.Object({
  id: Type.String(),
  ownerKind: Type.String(),
  ownerId: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

/** A token as `newSecret` makes them (base64url); anything else cannot be one. */
export const TokenParams = Type.Object({ token: Type.String({ pattern: '^[A-Za-z0-9_-]{16,128}$' }) });

export const feedUrl = (token: string) => `/api/calendar-feeds/${token}.ics`;

export function toFeedItem(row: FeedRow): Static<typeof FeedItem> {
  return { id: row.id, ownerKind: row.ownerKind, ownerId: row.ownerId, createdAt: row.createdAt.toISOString() };
}
