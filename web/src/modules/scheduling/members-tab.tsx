import { Anchor, Badge, Button, Modal, Stack, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { CreateDialog } from '../../ui/create-dialog';
import { DataTable, type Column } from '../../ui/data-table';
import { formatDate, formatInstant, formatName } from '../../ui/format';
import { QueryView } from '../../ui/query-view';
import { Section } from '../../ui/section';
import { EmptyState } from '../../ui/states';
import { EnrollForm } from './enroll-form';
import { EndEnrollmentForm, WithdrawForm } from './enrollment-actions';
import { useGroupEnrollments, type Enrollment, type Group } from './groups.api';
import { todayLocal } from './time';

type Action = { kind: 'end' | 'withdraw'; enrollment: Enrollment } | null;

const patientLink = (e: Enrollment) => (
  <Anchor component={Link} to={`/patients/${e.patientId}`} fw={600}>
    {formatName(e.name)}
  </Anchor>
);

/** Who is enrolled (now, ahead or past) and who waits, in waitlist order. */
export function MembersTab({ group }: { group: Group }) {
  const enrollments = useGroupEnrollments(group.id);
  const canEdit = can(useRoles(), 'editSchedule');
  const [action, setAction] = useState<Action>(null);
  const today = todayLocal();

  const period = (e: Enrollment) => {
    if (e.endDate && e.endDate < today)
      return (
        <Badge color="gray" miw="max-content">
          Ended
        </Badge>
      );
    if (e.startDate > today)
      return (
        <Badge variant="outline" color="gray" c="dark.7" miw="max-content">
          Starts {formatDate(e.startDate)}
        </Badge>
      );
    return (
      <Badge color="teal" miw="max-content">
        Enrolled
      </Badge>
    );
  };

  const actionColumn = (
    label: string,
    kind: 'end' | 'withdraw',
    show: (e: Enrollment) => boolean,
  ): Column<Enrollment> => ({
    key: 'actions',
    header: <VisuallyHidden>Actions</VisuallyHidden>,
    render: (e) =>
      show(e) && (
        <Button
          size="xs"
          variant="default"
          onClick={() => setAction({ kind, enrollment: e })}
          aria-label={`${label}: ${formatName(e.name)}`}
        >
          {label}
        </Button>
      ),
  });

  const enrolledColumns: Column<Enrollment>[] = [
    { key: 'name', header: 'Patient', render: patientLink },
    { key: 'mrn', header: 'MRN', render: (e) => e.mrn },
    { key: 'start', header: 'Start', render: (e) => formatDate(e.startDate) },
    { key: 'end', header: 'End', render: (e) => formatDate(e.endDate) },
    { key: 'status', header: 'Status', render: period },
  ];
  const waitlistColumns: Column<Enrollment>[] = [
    { key: 'position', header: 'Position', render: (e) => e.waitlistPosition ?? '—', width: 90 },
    { key: 'name', header: 'Patient', render: patientLink },
    { key: 'mrn', header: 'MRN', render: (e) => e.mrn },
    { key: 'start', header: 'Wants to start', render: (e) => formatDate(e.startDate) },
    { key: 'requested', header: 'Requested', render: (e) => formatInstant(e.requestedAt) },
  ];
  if (canEdit) {
    enrolledColumns.push(actionColumn('End enrollment', 'end', (e) => !e.endDate || e.endDate >= today));
    waitlistColumns.push(actionColumn('Withdraw', 'withdraw', () => true));
  }

  return (
    <Stack gap="md">
      <QueryView query={enrollments}>
        {(items) => {
          const enrolled = items.filter((e) => e.status === 'active');
          const waiting = items
            .filter((e) => e.status === 'waitlisted')
            .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
          return (
            <>
              <Section
                title="Members"
                actions={
                  canEdit &&
                  group.active && (
                    <CreateDialog label="Enroll patient" size="lg">
                      {(close) => <EnrollForm group={group} onDone={close} />}
                    </CreateDialog>
                  )
                }
              >
                {enrolled.length ? (
                  <DataTable caption="Members" columns={enrolledColumns} rows={enrolled} rowKey={(e) => e.id} />
                ) : (
                  <EmptyState title="Nobody is enrolled yet" description="Enroll patients of the group's program." />
                )}
              </Section>
              <Section title="Waitlist">
                {waiting.length ? (
                  <DataTable caption="Waitlist" columns={waitlistColumns} rows={waiting} rowKey={(e) => e.id} />
                ) : (
                  <EmptyState
                    title="Nobody is waiting"
                    description="When the group is full, new enrollments join the waitlist in order."
                  />
                )}
              </Section>
            </>
          );
        }}
      </QueryView>
      <Modal
        opened={action !== null}
        onClose={() => setAction(null)}
        title={action?.kind === 'withdraw' ? 'Withdraw from waitlist' : 'End enrollment'}
      >
        {action?.kind === 'end' && (
          <EndEnrollmentForm enrollment={action.enrollment} groupName={group.name} onDone={() => setAction(null)} />
        )}
        {action?.kind === 'withdraw' && (
          <WithdrawForm enrollment={action.enrollment} groupName={group.name} onDone={() => setAction(null)} />
        )}
      </Modal>
    </Stack>
  );
}
