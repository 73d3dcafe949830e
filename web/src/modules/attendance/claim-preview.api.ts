import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/paths';

export type ClaimPreview = ResponseOf<'/api/sessions/{id}/claim-preview'>;
export type PreviewMember = ClaimPreview['members'][number];
export type PreviewLine = PreviewMember['lines'][number];

export const claimPreviewKeys = {
  // Under the billing root, so whatever refreshes billing (a run billing or holding the session's
  // services) refreshes the preview too; saving attendance and signing the note name it themselves.
  session: (sessionId: string) => ['billing', 'sessions', sessionId, 'claim-preview'] as const,
};

/**
 * What a billing run would make of each member of the session now. Only for billing:read (the caller
 * passes `enabled`), and never cached as fresh: a coverage or a signature recorded elsewhere changes it.
 */
export const useClaimPreview = (sessionId: string, enabled: boolean) =>
  useQuery({
    queryKey: claimPreviewKeys.session(sessionId),
    queryFn: () => unwrap(api.GET('/api/sessions/{id}/claim-preview', { params: { path: { id: sessionId } } })),
    enabled,
    staleTime: 0,
  });
