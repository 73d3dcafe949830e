import { Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { roleLabel } from '../../app/access';
import type { Column } from '../../ui/data-table';
import { formatInstant, formatName, humanize } from '../../ui/format';
import { IdCode } from '../../ui/id-code';
import { ListPage } from '../../ui/list-page';
import { useAllStaff } from '../organization/organization.api';
import { AuditFiltersForm } from './audit-filters';
import { useAuditEvents, type AuditEvent, type AuditFilters } from './audit-log.api';

export function AuditLogPage() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const events = useAuditEvents(filters);
  const staff = useAllStaff();
  const actorName = (id: string | null) => {
    const s = id ? staff.data?.find((m) => m.id === id) : undefined;
    return s ? formatName(s.name) : null;
  };

  const columns: Column<AuditEvent>[] = [
    { key: 'at', header: 'Time', render: (e) => formatInstant(e.at), width: 170 },
    {
      key: 'action',
      header: 'Action',
      render: (e) => (
        <Text size="sm" fw={600}>
          {e.action}
        </Text>
      ),
    },
    { key: 'category', header: 'Category', render: (e) => humanize(e.category) },
    {
      key: 'outcome',
      header: 'Outcome',
      render: (e) => (
        <Text size="sm" fw={600} c={e.outcome === 'success' ? 'teal.9' : 'red.9'}>
          {humanize(e.outcome)}
        </Text>
      ),
    },
    {
      key: 'actor',
      header: 'User',
      render: (e) => (
        <Stack gap={2}>
          {actorName(e.actorId) && <Text size="sm">{actorName(e.actorId)}</Text>}
          <IdCode value={e.actorId} label="user ID" />
          {e.actorRoles.length > 0 && (
            <Text size="xs" c="dimmed">
              {e.actorRoles.map(roleLabel).join(', ')}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: 'patient', header: 'Patient', render: (e) => <IdCode value={e.patientId} label="patient ID" /> },
    { key: 'ip', header: 'IP address', render: (e) => e.ip ?? '—' },
    { key: 'request', header: 'Request', render: (e) => <IdCode value={e.requestId} label="request ID" /> },
  ];

  return (
    <ListPage
      title="Audit log"
      description="Who did what, to which patient, and when. Viewing this log is itself recorded."
      toolbar={
        <Paper withBorder p="md" radius="md">
          <AuditFiltersForm onApply={setFilters} />
        </Paper>
      }
      query={events}
      caption="Audit events"
      columns={columns}
      rowKey={(e) => e.id}
      minWidth={960}
      empty={{ title: 'No audit events match', description: 'Widen the dates or clear the filters.' }}
    />
  );
}
