import { Button, Center } from '@mantine/core';
import type { ReactNode } from 'react';
import { DataTable, type Column } from './data-table';
import { pagedItems, type PagedQuery } from './paged-query';
import { EmptyState, ErrorState, LoadingState } from './states';

export interface PagedTableProps<T> {
  query: PagedQuery<T>;
  caption: string;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  empty: { title: string; description?: ReactNode; action?: ReactNode };
  minWidth?: number;
}

/** A list endpoint as a table: skeleton, error with retry, empty state, rows and "Load more". */
export function PagedTable<T>({ query, caption, columns, rowKey, empty, minWidth }: PagedTableProps<T>) {
  if (query.isPending) return <LoadingState label={`Loading ${caption.toLowerCase()}`} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const rows = pagedItems(query);
  if (rows.length === 0) return <EmptyState {...empty} />;
  return (
    <>
      <DataTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} minWidth={minWidth} />
      {query.hasNextPage && (
        <Center mt="md">
          <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            Load more
          </Button>
        </Center>
      )}
    </>
  );
}
