import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { BodyOf, ItemOf, QueryOf, ResponseOf } from '../../api/paths';
import { useInvalidatingMutation } from '../../ui/mutations';
import { SCHEDULING } from './groups.api';

export type CalendarSession = ItemOf<'/api/sessions'>;
export type CalendarQuery = QueryOf<'/api/sessions'>;
export type SessionPatch = BodyOf<'/api/sessions/{id}', 'patch'>;
export type AppointmentBody = BodyOf<'/api/sessions', 'post'>;
export type AppointmentResult = ResponseOf<'/api/sessions', 'post'>;
export type CalendarFeedBody = BodyOf<'/api/calendar-feeds', 'post'>;
export type CalendarFeed = ItemOf<'/api/calendar-feeds'>;

export const sessionKeys = {
  calendar: (query: CalendarQuery) => [...SCHEDULING, 'calendar', query] as const,
  session: (id: string) => [...SCHEDULING, 'sessions', id] as const,
  feeds: [...SCHEDULING, 'calendar-feeds'] as const,
};

/** Sessions between two local dates (inclusive), narrowed by program, room, staff member or patient. */
export const useCalendar = (query: CalendarQuery, enabled = true) =>
  useQuery({
    queryKey: sessionKeys.calendar(query),
    queryFn: () => unwrap(api.GET('/api/sessions', { params: { query } })).then((r) => r.items),
    enabled,
    // Paging through weeks or changing a filter keeps the last calendar on screen until the next arrives.
    placeholderData: keepPreviousData,
  });

const fetchSession = (id: string) => unwrap(api.GET('/api/sessions/{id}', { params: { path: { id } } }));

/**
 * As the client types it: openapi-fetch drops properties whose schema is only `null` (the roster's
 * `attendance` until the attendance module fills it), so the generated path type would not match.
 */
export type SessionDetail = Awaited<ReturnType<typeof fetchSession>>;

export const useSession = (id: string | null) =>
  useQuery({
    queryKey: sessionKeys.session(id ?? ''),
    queryFn: () => fetchSession(id!),
    enabled: id !== null,
  });

/** Bookings show on the patient's chart as well as on calendars. */
const sessionChanges = [SCHEDULING, ['patients']];

export const useUpdateSession = () =>
  useInvalidatingMutation(sessionChanges, ({ id, ...body }: SessionPatch & { id: string }) =>
    unwrap(api.PATCH('/api/sessions/{id}', { params: { path: { id } }, body })),
  );

export const useCancelSession = () =>
  useInvalidatingMutation(sessionChanges, ({ id, reason }: { id: string; reason: string }) =>
    unwrap(api.POST('/api/sessions/{id}/cancel', { params: { path: { id } }, body: { reason } })),
  );

export const useBookAppointment = () =>
  useInvalidatingMutation(sessionChanges, (body: AppointmentBody) => unwrap(api.POST('/api/sessions', { body })));

/** A secret iCalendar address; the server shows it once. */
export const useCreateCalendarFeed = () =>
  useInvalidatingMutation(sessionKeys.feeds, (body: CalendarFeedBody) =>
    unwrap(api.POST('/api/calendar-feeds', { body })),
  );

/** The feeds the user may revoke: their own, or every one for a director. */
export const useCalendarFeeds = (enabled = true) =>
  useQuery({
    queryKey: sessionKeys.feeds,
    queryFn: () => unwrap(api.GET('/api/calendar-feeds')).then((r) => r.items),
    enabled,
  });

/** Revoking stops the address answering; calendar apps subscribed to it stop updating. */
export const useRevokeCalendarFeed = () =>
  useInvalidatingMutation(sessionKeys.feeds, (id: string) =>
    unwrap(api.DELETE('/api/calendar-feeds/{id}', { params: { path: { id } } })),
  );
