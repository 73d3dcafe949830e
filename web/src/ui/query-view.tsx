import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from './states';

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  /** What to show while loading; a skeleton by default. */
  loading?: ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  errorTitle?: string;
  children: (data: T) => ReactNode;
}

/** Renders a query's loading, error, empty or loaded state: the same four states on every screen. */
export function QueryView<T>({ query, loading, isEmpty, empty, errorTitle, children }: QueryViewProps<T>) {
  if (query.isPending) return <>{loading ?? <LoadingState />}</>;
  if (query.isError) return <ErrorState error={query.error} title={errorTitle} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data) && empty) return <>{empty}</>;
  return <>{children(query.data)}</>;
}
