// Every list endpoint returns { items, nextCursor } (API.md). These hooks page through one with
// TanStack Query and flatten the pages for display.
import {
  useInfiniteQuery,
  useQuery,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type PagedQuery<T> = UseInfiniteQueryResult<InfiniteData<Page<T>, string | undefined>>;

export function usePagedQuery<T>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  options: { enabled?: boolean } = {},
): PagedQuery<T> {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: options.enabled,
  });
}

export const pagedItems = <T>(query: PagedQuery<T>): T[] => query.data?.pages.flatMap((p) => p.items) ?? [];

/** Up to `limit` items of a list endpoint, for select options (sites, payers, staff). */
export function useAllItems<T>(queryKey: QueryKey, fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
  return useQuery({ queryKey, queryFn: () => fetchPage(undefined).then((p) => p.items) });
}
