import { useInfiniteQuery, useQuery, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { BodyOf, ItemOf, QueryOf, ResponseOf } from '../../api/paths';
import { useInvalidatingMutation } from '../../ui/mutations';
import { usePagedQuery } from '../../ui/paged-query';

export type HoldsPage = ResponseOf<'/api/billing/holds'>;
export type Hold = HoldsPage['items'][number];
export type HoldsQuery = QueryOf<'/api/billing/holds'>;
export type HoldReason = NonNullable<HoldsQuery['reason']>;
export type ClaimSummaries = ResponseOf<'/api/billing/claims'>;
export type ClaimSummary = ClaimSummaries['items'][number];
export type ClaimsFilter = Omit<QueryOf<'/api/billing/claims'>, 'limit' | 'cursor'>;
export type ClaimStatus = NonNullable<ClaimsFilter['status']>;
export type ClaimFormat = ClaimSummary['format'];
export type Claim = ResponseOf<'/api/claims/{id}'>;
export type ClaimLine = Claim['lines'][number];
export type RunBody = BodyOf<'/api/billing/runs', 'post'>;
export type RunResult = ResponseOf<'/api/billing/runs', 'post'>;
export type Batch = ItemOf<'/api/claim-batches'>;
export type RemittanceSummary = ItemOf<'/api/remittances'>;
export type Remittance = ResponseOf<'/api/remittances/{id}'>;
export type Posted = ResponseOf<'/api/remittances', 'post'>;

// Everything under one root: a run, a batch or a posting changes holds, claims, batches, remittances
// and the session page's claim preview (attendance/claim-preview.api.ts) at once.
const BILLING = ['billing'] as const;
const billingKeys = {
  holds: (query: HoldsQuery) => [...BILLING, 'holds', query] as const,
  claims: (filter: ClaimsFilter) => [...BILLING, 'claims', 'list', filter] as const,
  claim: (id: string) => [...BILLING, 'claims', 'detail', id] as const,
  batches: [...BILLING, 'batches'] as const,
  remittances: [...BILLING, 'remittances', 'list'] as const,
  remittance: (id: string) => [...BILLING, 'remittances', 'detail', id] as const,
};

/** Held services; 200 a page, so the worklist groups nearly every hold without paging. */
export const useHolds = (query: HoldsQuery) =>
  useQuery({
    queryKey: billingKeys.holds(query),
    queryFn: () => unwrap(api.GET('/api/billing/holds', { params: { query: { limit: 200, ...query } } })),
  });

export const useRunBilling = () =>
  useInvalidatingMutation(BILLING, (body: RunBody) => unwrap(api.POST('/api/billing/runs', { body })));

/** Claims under the filter, 50 a page; each page carries the totals over the whole filter. */
export const useClaimSummaries = (filter: ClaimsFilter) =>
  useInfiniteQuery<
    ClaimSummaries,
    Error,
    InfiniteData<ClaimSummaries, string | undefined>,
    QueryKey,
    string | undefined
  >({
    queryKey: billingKeys.claims(filter),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/billing/claims', { params: { query: { ...filter, cursor: pageParam, limit: 50 } } })),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useClaim = (id: string) =>
  useQuery({
    queryKey: billingKeys.claim(id),
    queryFn: () => unwrap(api.GET('/api/claims/{id}', { params: { path: { id } } })),
  });

/** BILLING-RULES §1: a claim the payer has is corrected by a replacement (frequency 7) or a void (8). */
export type Correction = 'replacement' | 'void';

export const useCorrectClaim = (kind: Correction) =>
  useInvalidatingMutation(BILLING, (id: string) =>
    unwrap(
      kind === 'replacement'
        ? api.POST('/api/claims/{id}/replacement', { params: { path: { id } } })
        : api.POST('/api/claims/{id}/void', { params: { path: { id } } }),
    ),
  );

export const useCreateBatch = () =>
  useInvalidatingMutation(BILLING, (claimIds: string[]) =>
    unwrap(api.POST('/api/claim-batches', { body: { claimIds } })),
  );

export const useBatches = () =>
  usePagedQuery(billingKeys.batches, (cursor) =>
    unwrap(api.GET('/api/claim-batches', { params: { query: { cursor, limit: 50 } } })),
  );

export const useRemittances = () =>
  usePagedQuery(billingKeys.remittances, (cursor) =>
    unwrap(api.GET('/api/remittances', { params: { query: { cursor, limit: 50 } } })),
  );

export const useRemittance = (id: string | null) =>
  useQuery({
    queryKey: billingKeys.remittance(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/remittances/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
  });

/** An 835 goes up as the file's text, `text/plain` (API.md "Billing"). */
export const usePostRemittance = () =>
  useInvalidatingMutation(BILLING, (text: string) =>
    unwrap(
      api.POST('/api/remittances', {
        body: text,
        bodySerializer: (body: string) => body,
        headers: { 'Content-Type': 'text/plain' },
      }),
    ),
  );

/** Where a claim's UB-04 or CMS-1500 rendering and a batch's X12 file are served (same-origin links). */
export const claimFormUrl = (id: string) => `/api/claims/${id}/form.pdf`;
export const batchFileUrl = (id: string) => `/api/claim-batches/${id}/x12`;
