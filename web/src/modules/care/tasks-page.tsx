import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { can, roleLabel } from '../../app/access';
import { useAuth, useRoles } from '../../app/auth/auth-context';
import type { Column } from '../../ui/data-table';
import { formatInstant, humanize } from '../../ui/format';
import { ListPage } from '../../ui/list-page';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useCompleteTask, useTasks, type Task, type TaskStatus } from './tasks.api';

/** Where a task about a patient is dealt with on the chart: a risk screen beside the measures. */
const CHART_TAB: Record<string, string> = { suicide_risk_screen: 'measures' };

/** Work addressed to the user's roles, such as a waitlisted patient who now has a place. */
export function TasksPage() {
  const [status, setStatus] = useState<TaskStatus>('open');
  const tasks = useTasks(status);
  const complete = useCompleteTask();
  const canComplete = can(useRoles(), 'editTasks');
  const me = useAuth().user?.id;

  const done = (task: Task) =>
    complete.mutate(task.id, {
      onSuccess: () => notifySuccess(`Done: ${task.title}`),
      onError: (error) => notifyError(error, 'Not marked done'),
    });

  const columns: Column<Task>[] = [
    {
      key: 'title',
      header: 'Task',
      render: (t) => (
        <Stack gap={0}>
          <Group gap={6} wrap="nowrap">
            {t.priority === 'urgent' && (
              <Badge color="red.9" variant="filled" size="sm">
                Urgent
              </Badge>
            )}
            <Text size="sm" fw={600}>
              {t.title}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {humanize(t.kind)}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'patient',
      header: 'Patient',
      render: (t) =>
        t.patientId ? (
          <Anchor component={Link} to={`/patients/${t.patientId}?tab=${CHART_TAB[t.kind] ?? 'schedule'}`} size="sm">
            Open chart
          </Anchor>
        ) : (
          '—'
        ),
    },
    {
      key: 'for',
      header: 'For',
      // A task for one person (a patient's primary clinician) names the capacity it is addressed in.
      render: (t) =>
        t.assigneeStaffId === me ? 'You' : t.assigneeStaffId ? humanize(t.assigneeRole) : roleLabel(t.assigneeRole),
    },
    {
      key: 'when',
      header: status === 'open' ? 'Raised' : 'Done',
      render: (t) => formatInstant(status === 'open' ? t.createdAt : (t.completedAt ?? t.createdAt)),
    },
  ];
  if (canComplete && status === 'open') {
    columns.push({
      key: 'actions',
      header: <VisuallyHidden>Actions</VisuallyHidden>,
      render: (t) => (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCheck size={14} aria-hidden />}
          loading={complete.isPending && complete.variables === t.id}
          onClick={() => done(t)}
          aria-label={`Done: ${t.title}`}
        >
          Done
        </Button>
      ),
    });
  }

  return (
    <ListPage
      title="Tasks"
      description="Work for your roles that scheduling and care raise, such as a patient moved up from a waitlist."
      toolbar={
        <SegmentedControl
          aria-label="Show tasks"
          w="fit-content"
          data={[
            { value: 'open', label: 'Open' },
            { value: 'done', label: 'Done' },
          ]}
          value={status}
          onChange={(value) => setStatus(value as TaskStatus)}
        />
      }
      query={tasks}
      caption={status === 'open' ? 'Open tasks' : 'Done tasks'}
      columns={columns}
      rowKey={(t) => t.id}
      empty={{
        title: status === 'open' ? 'Nothing to do' : 'No tasks done yet',
        description: status === 'open' ? 'New tasks for your roles appear here.' : undefined,
      }}
    />
  );
}
