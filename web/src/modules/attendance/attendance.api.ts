import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { BodyOf, ResponseOf } from '../../api/paths';
import { useInvalidatingMutation } from '../../ui/mutations';
import { SCHEDULING } from '../scheduling/groups.api';
import { claimPreviewKeys } from './claim-preview.api';

export type AttendanceBody = BodyOf<'/api/sessions/{id}/attendance', 'put'>;
export type AttendanceRecordBody = AttendanceBody['records'][number];
export type AttendanceRecord = ResponseOf<'/api/sessions/{id}/attendance'>['records'][number];

export const attendanceKeys = {
  session: (id: string) => ['attendance', 'sessions', id] as const,
};

/** What has been recorded for a session: one record per patient, drop-ins included. */
export const useAttendance = (sessionId: string, enabled = true) =>
  useQuery({
    queryKey: attendanceKeys.session(sessionId),
    queryFn: () =>
      unwrap(api.GET('/api/sessions/{id}/attendance', { params: { path: { id: sessionId } } })).then((r) => r.records),
    enabled,
  });

/**
 * The whole roster in one PUT: the server writes every record or none. Saved attendance shows on the
 * session's roster (calendar drawer, group page), on patient charts, in the group note (who owes an
 * entry) and in the claim preview (what each member bills), so those refresh too.
 */
export const useSaveAttendance = (sessionId: string) =>
  useInvalidatingMutation(
    [attendanceKeys.session(sessionId), SCHEDULING, ['patients'], ['notes'], claimPreviewKeys.session(sessionId)],
    (body: AttendanceBody) =>
      unwrap(api.PUT('/api/sessions/{id}/attendance', { params: { path: { id: sessionId } }, body })).then(
        (r) => r.records,
      ),
  );
