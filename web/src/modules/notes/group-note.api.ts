import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { BodyOf, ResponseOf } from '../../api/paths';
import { useInvalidatingMutation } from '../../ui/mutations';
import { claimPreviewKeys } from '../attendance/claim-preview.api';

export type GroupNote = ResponseOf<'/api/sessions/{id}/note'>;
export type GroupNoteBody = BodyOf<'/api/sessions/{id}/note', 'put'>;
export type NoteEntry = GroupNote['entries'][number];
export type NoteMember = GroupNote['members'][number];

export const groupNoteKeys = {
  session: (sessionId: string) => ['notes', 'sessions', sessionId] as const,
};

const path = (sessionId: string) => ({ params: { path: { id: sessionId } } });

export const useGroupNote = (sessionId: string, enabled = true) =>
  useQuery({
    queryKey: groupNoteKeys.session(sessionId),
    queryFn: () => unwrap(api.GET('/api/sessions/{id}/note', path(sessionId))),
    enabled,
  });

/** Saving a draft answers with the note as the server sees it (version, live score, names found). */
export function useSaveGroupNote(sessionId: string) {
  const client = useQueryClient();
  return async (body: GroupNoteBody): Promise<GroupNote> => {
    const note = await unwrap(api.PUT('/api/sessions/{id}/note', { ...path(sessionId), body }));
    client.setQueryData(groupNoteKeys.session(sessionId), note);
    return note;
  };
}

/**
 * Signing and co-signing change the note, the clinician's queue, the members' charts and the session's
 * claim preview (an unsigned note holds every member, BILLING-RULES §1).
 */
const signed = (sessionId: string) => [
  groupNoteKeys.session(sessionId),
  ['notes'],
  ['patients'],
  claimPreviewKeys.session(sessionId),
];

export const useSignGroupNote = (sessionId: string) =>
  useInvalidatingMutation(signed(sessionId), () => unwrap(api.POST('/api/sessions/{id}/note/sign', path(sessionId))));

export const useCosignGroupNote = (sessionId: string) =>
  useInvalidatingMutation(signed(sessionId), () => unwrap(api.POST('/api/sessions/{id}/note/cosign', path(sessionId))));

export const useAddGroupAddendum = (sessionId: string) =>
  useInvalidatingMutation(signed(sessionId), (text: string) =>
    unwrap(api.POST('/api/sessions/{id}/note/addenda', { ...path(sessionId), body: { text } })),
  );
