import { Anchor, Badge, Button, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconUsersPlus } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import type { Column } from '../../ui/data-table';
import { ListPage } from '../../ui/list-page';
import { CapacityBadges } from './capacity-badges';
import { GroupForm } from './group-form';
import { useGroupsPage, type Group } from './groups.api';
import { useSchedulingLookups } from './lookups';
import { describeSchedule, sessionKindLabel } from './schedule-options';

/** Therapy groups by program: schedule, room, places taken and the waitlist. */
export function GroupsPage() {
  const [params, setParams] = useSearchParams();
  const programId = params.get('programId');
  const groups = useGroupsPage(programId);
  const lookups = useSchedulingLookups();
  const canEdit = can(useRoles(), 'editSchedule');
  const navigate = useNavigate();
  const [creating, { open, close }] = useDisclosure(false);

  const columns: Column<Group>[] = [
    {
      key: 'name',
      header: 'Group',
      render: (g) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/groups/${g.id}`} fw={600}>
            {g.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {sessionKindLabel(g.kind)}
          </Text>
        </Stack>
      ),
    },
    { key: 'program', header: 'Program', render: (g) => lookups.programName(g.programId) },
    { key: 'schedule', header: 'Schedule', render: (g) => describeSchedule(g.schedule) },
    { key: 'room', header: 'Room', render: (g) => lookups.roomName(g.roomId) },
    { key: 'enrolled', header: 'Enrolled', render: (g) => <CapacityBadges group={g} /> },
    {
      key: 'waitlist',
      header: 'Waitlist',
      render: (g) =>
        g.waitlistCount ? (
          <Badge variant="outline" color="gray" c="dark.7">
            {g.waitlistCount}
          </Badge>
        ) : (
          '—'
        ),
    },
  ];

  const bulkLink = `/groups/bulk-enrollment${programId ? `?programId=${programId}` : ''}`;
  return (
    <ListPage
      title="Groups"
      description="Recurring therapy groups: their schedule, room, places taken and waitlist."
      actions={
        canEdit && (
          <>
            <Button
              variant="default"
              component={Link}
              to={bulkLink}
              leftSection={<IconUsersPlus size={16} aria-hidden />}
            >
              Bulk enrollment
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
              New group
            </Button>
          </>
        )
      }
      toolbar={
        <Select
          label="Program"
          placeholder="All programs"
          clearable
          data={lookups.programOptions(false)}
          value={programId}
          onChange={(value) => setParams(value ? { programId: value } : {}, { replace: true })}
          maw={420}
        />
      }
      query={groups}
      caption="Groups"
      columns={columns}
      rowKey={(g) => g.id}
      minWidth={900}
      empty={{
        title: programId ? 'No groups in this program' : 'No groups yet',
        description: canEdit ? 'Create a group with its weekly schedule.' : undefined,
      }}
    >
      <Modal opened={creating} onClose={close} title="New group" size="xl" closeOnClickOutside={false}>
        {creating && (
          <GroupForm programId={programId} onCancel={close} onCreated={(id) => void navigate(`/groups/${id}`)} />
        )}
      </Modal>
    </ListPage>
  );
}
