import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../ui/data-table';
import { formatDate, formatName } from '../../ui/format';
import type { ComplianceItem, ComplianceWeek } from './compliance.api';
import { attentionFlags, hoursStatus } from './compliance-status';
import { HoursBullet } from './hours-bullet';
import { StatusBadge } from './status-badge';

interface ComplianceTableProps {
  week: ComplianceWeek;
  today: string;
}

/** One row per patient of the week: the hours chart, where the week stands, and what needs a look. */
export function ComplianceTable({ week, today }: ComplianceTableProps) {
  const columns: Column<ComplianceItem>[] = [
    {
      key: 'patient',
      header: 'Patient',
      render: (item) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/patients/${item.patientId}`} fw={600} size="sm">
            {formatName(item.name)}
          </Anchor>
          <Group gap={4}>
            <Badge variant="outline" color="gray" c="dark.7" size="sm">
              {item.levelOfCare}
            </Badge>
            {item.dischargeDate && (
              <Text size="xs" c="dimmed">
                Discharged {formatDate(item.dischargeDate)}
              </Text>
            )}
          </Group>
        </Stack>
      ),
    },
    { key: 'hours', header: 'Hours this week', render: (item) => <HoursBullet item={item} />, width: 220 },
    {
      key: 'status',
      header: 'Status',
      render: (item) => <StatusBadge flag={hoursStatus(item, week, today)} />,
      width: 150,
    },
    {
      key: 'attention',
      header: 'Needs attention',
      render: (item) => {
        const flags = attentionFlags(item, week);
        if (flags.length === 0) return <Text size="sm">—</Text>;
        return (
          <Group component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} wrap="wrap">
            {flags.map((flag) => (
              <li key={flag.key}>
                <StatusBadge flag={flag} />
              </li>
            ))}
          </Group>
        );
      },
    },
  ];
  return (
    <DataTable
      caption={`Compliance, week of ${week.weekStart}`}
      columns={columns}
      rows={week.items}
      rowKey={(item) => item.patientId}
      minWidth={860}
    />
  );
}
