import { Anchor, Badge, Button, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { formatDate, formatName } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import type { Column } from '../../ui/data-table';
import { PagedTable } from '../../ui/paged-table';
import { Section } from '../../ui/section';
import { useOpenRosterReviews, useResolveRosterReview, type Group, type RosterReview } from './groups.api';
import { localParts } from './time';

/**
 * Past sessions whose expected roster changed afterwards (an enrollment back-dated or ended early):
 * each change is listed until someone has checked the session's records and marks it reviewed.
 */
export function RosterReviewsPanel({ group }: { group: Group }) {
  const reviews = useOpenRosterReviews(group.id);
  const resolve = useResolveRosterReview();
  const canResolve = can(useRoles(), 'editSchedule');

  const session = (r: RosterReview) => {
    const { date, time } = localParts(r.startsAt, group.timeZone);
    return `${dayjs(date).format('ddd MM/DD/YYYY')} ${time}`;
  };
  const markReviewed = (r: RosterReview) =>
    resolve.mutate(r.id, {
      onSuccess: () => notifySuccess(`Reviewed: ${formatName(r.name)}, ${session(r)}.`),
      onError: (error) => notifyError(error, 'Not marked reviewed'),
    });

  const columns: Column<RosterReview>[] = [
    { key: 'session', header: 'Session', render: session },
    {
      key: 'patient',
      header: 'Patient',
      render: (r) => (
        <Anchor component={Link} to={`/patients/${r.patientId}?tab=schedule`} size="sm">
          {formatName(r.name)}
        </Anchor>
      ),
    },
    {
      key: 'change',
      header: 'Change afterwards',
      render: (r) =>
        r.change === 'added' ? (
          <Badge variant="light" color="teal" c="teal.9" tt="none">
            Added
          </Badge>
        ) : (
          <Badge variant="light" color="orange" c="orange.9" tt="none">
            Removed
          </Badge>
        ),
    },
    { key: 'recorded', header: 'Recorded', render: (r) => formatDate(localParts(r.createdAt, group.timeZone).date) },
  ];
  if (canResolve) {
    columns.push({
      key: 'action',
      header: 'Action',
      render: (r) => (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCheck size={14} aria-hidden />}
          loading={resolve.isPending && resolve.variables === r.id}
          disabled={resolve.isPending && resolve.variables !== r.id}
          onClick={() => markReviewed(r)}
          aria-label={`Mark reviewed: ${formatName(r.name)}, ${session(r)}`}
        >
          Mark reviewed
        </Button>
      ),
    });
  }

  return (
    <Section title="Roster changes to review">
      <Text size="sm" c="dimmed" mb="sm">
        These sessions had already taken place when a patient&apos;s enrollment changed. Check the attendance and notes
        of each, then mark the change reviewed; its flag leaves the roster.
      </Text>
      <PagedTable
        query={reviews}
        caption="Roster changes to review"
        columns={columns}
        rowKey={(r) => r.id}
        minWidth={620}
        empty={{ title: 'Nothing to review', description: 'No past session of this group had its roster changed.' }}
      />
    </Section>
  );
}
