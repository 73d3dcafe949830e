import { Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageHeader } from './page-header';
import { PagedTable, type PagedTableProps } from './paged-table';

interface ListPageProps<T> extends PagedTableProps<T> {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Search boxes and filters above the table. */
  toolbar?: ReactNode;
  /** Dialogs and panels that belong to the page (create forms, one-time secrets). */
  children?: ReactNode;
}

/** The shape of every list screen: header with actions, optional toolbar, then the paged table. */
export function ListPage<T>({ title, description, actions, toolbar, children, ...table }: ListPageProps<T>) {
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <Stack gap="md">
        {children}
        {toolbar}
        <Paper withBorder p="sm" radius="md">
          <PagedTable {...table} />
        </Paper>
      </Stack>
    </>
  );
}
