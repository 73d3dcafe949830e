import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/paths';
import { useInvalidatingMutation } from '../../ui/mutations';
import { usePagedQuery } from '../../ui/paged-query';

export type Group = ItemOf<'/api/groups'>;
export type GroupBody = BodyOf<'/api/groups', 'post'>;
export type GroupPatch = BodyOf<'/api/groups/{id}', 'patch'>;
export type GroupSession = ItemOf<'/api/groups/{id}/sessions'>;
export type Enrollment = ItemOf<'/api/groups/{id}/enrollments'>;
export type EnrollmentBody = BodyOf<'/api/groups/{id}/enrollments', 'post'>;
export type EnrollmentResult = ResponseOf<'/api/groups/{id}/enrollments', 'post'>;
export type RosterSession = ResponseOf<'/api/groups/{id}/roster'>['sessions'][number];
export type RosterReview = ItemOf<'/api/roster-reviews'>;
export type BulkEnrollmentBody = BodyOf<'/api/programs/{id}/bulk-enrollments', 'post'>;
export type BulkEnrollmentResult = ResponseOf<'/api/programs/{id}/bulk-enrollments', 'post'>;

/**
 * Every scheduling query sits under ['scheduling']: an enrollment changes rosters, counts and
 * calendars at once, and a moved session changes group pages too, so writes refresh the lot.
 */
export const SCHEDULING = ['scheduling'] as const;

export const groupKeys = {
  list: (programId: string | null) => [...SCHEDULING, 'groups', 'list', programId] as const,
  all: (programId: string | null) => [...SCHEDULING, 'groups', 'all', programId] as const,
  group: (id: string) => [...SCHEDULING, 'groups', id] as const,
  sessions: (id: string, from: string, to: string) => [...SCHEDULING, 'groups', id, 'sessions', from, to] as const,
  enrollments: (id: string) => [...SCHEDULING, 'groups', id, 'enrollments'] as const,
  roster: (id: string, from: string, to: string) => [...SCHEDULING, 'groups', id, 'roster', from, to] as const,
  openReviews: (id: string) => [...SCHEDULING, 'groups', id, 'roster-reviews', 'open'] as const,
};

const fetchGroups = (limit: number, programId: string | null) => (cursor: string | undefined) =>
  unwrap(api.GET('/api/groups', { params: { query: { limit, cursor, ...(programId ? { programId } : {}) } } }));

export const useGroupsPage = (programId: string | null) =>
  usePagedQuery(groupKeys.list(programId), fetchGroups(50, programId));

/** A program's groups (up to 200), for pickers. */
export const useAllGroups = (programId: string | null, enabled = true) =>
  useQuery({
    queryKey: groupKeys.all(programId),
    queryFn: () => fetchGroups(200, programId)(undefined).then((page) => page.items),
    enabled,
  });

export const useGroup = (id: string) =>
  useQuery({
    queryKey: groupKeys.group(id),
    queryFn: () => unwrap(api.GET('/api/groups/{id}', { params: { path: { id } } })),
  });

export const useCreateGroup = () =>
  useInvalidatingMutation(SCHEDULING, (body: GroupBody) => unwrap(api.POST('/api/groups', { body })));

/** A change to the whole series from a date on (name, capacity, facilitators, schedule). */
export const useUpdateGroup = (id: string) =>
  useInvalidatingMutation(SCHEDULING, (body: GroupPatch) =>
    unwrap(api.PATCH('/api/groups/{id}', { params: { path: { id } }, body })),
  );

export const useGroupSessions = (id: string, from: string, to: string) =>
  useQuery({
    queryKey: groupKeys.sessions(id, from, to),
    queryFn: () =>
      unwrap(api.GET('/api/groups/{id}/sessions', { params: { path: { id }, query: { from, to } } })).then(
        (r) => r.items,
      ),
  });

export const useGroupEnrollments = (id: string) =>
  useQuery({
    queryKey: groupKeys.enrollments(id),
    queryFn: () => unwrap(api.GET('/api/groups/{id}/enrollments', { params: { path: { id } } })).then((r) => r.items),
  });

export const useGroupRoster = (id: string, from: string, to: string) =>
  useQuery({
    queryKey: groupKeys.roster(id, from, to),
    queryFn: () =>
      unwrap(api.GET('/api/groups/{id}/roster', { params: { path: { id }, query: { from, to } } })).then(
        (r) => r.sessions,
      ),
  });

/** Enrollments change the patient's own schedule too. */
const enrollmentChanges = [SCHEDULING, ['patients']];

export const useEnroll = (groupId: string) =>
  useInvalidatingMutation(enrollmentChanges, (body: EnrollmentBody) =>
    unwrap(api.POST('/api/groups/{id}/enrollments', { params: { path: { id: groupId } }, body })),
  );

export const useEndEnrollment = () =>
  useInvalidatingMutation(enrollmentChanges, ({ id, endDate }: { id: string; endDate: string }) =>
    unwrap(api.POST('/api/enrollments/{id}/end', { params: { path: { id } }, body: { endDate } })),
  );

export const useWithdrawEnrollment = () =>
  useInvalidatingMutation(enrollmentChanges, ({ id, reason }: { id: string; reason?: string }) =>
    unwrap(api.POST('/api/enrollments/{id}/withdraw', { params: { path: { id } }, body: reason ? { reason } : {} })),
  );

export const useBulkEnroll = () =>
  useInvalidatingMutation(enrollmentChanges, ({ programId, ...body }: BulkEnrollmentBody & { programId: string }) =>
    unwrap(api.POST('/api/programs/{id}/bulk-enrollments', { params: { path: { id: programId } }, body })),
  );

/** Past sessions of a group whose expected roster changed afterwards, still to be looked at. */
export const useOpenRosterReviews = (groupId: string) =>
  usePagedQuery(groupKeys.openReviews(groupId), (cursor) =>
    unwrap(api.GET('/api/roster-reviews', { params: { query: { groupId, status: 'open', limit: 20, cursor } } })),
  );

/** Marks a review done; the roster grid's flags and counts refresh with it. */
export const useResolveRosterReview = () =>
  useInvalidatingMutation(SCHEDULING, (id: string) =>
    unwrap(api.POST('/api/roster-reviews/{id}/resolve', { params: { path: { id } } })),
  );
