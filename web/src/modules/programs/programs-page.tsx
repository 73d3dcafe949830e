import { Badge, Button, Group, Modal, VisuallyHidden } from '@mantine/core';
import { IconUsersGroup, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { ActiveBadge } from '../../ui/active-badge';
import { CreateDialog } from '../../ui/create-dialog';
import type { Column } from '../../ui/data-table';
import { ListPage } from '../../ui/list-page';
import { useAllSites } from '../organization/organization.api';
import { populationLabel } from './program-options';
import { ProgramForm } from './program-form';
import { ProgramStaffForm } from './program-staff-form';
import { useProgramsPage, type Program } from './programs.api';

export function ProgramsPage() {
  const programs = useProgramsPage();
  const sites = useAllSites();
  const roles = useRoles();
  const canEdit = can(roles, 'editPrograms');
  const canEnroll = can(roles, 'editSchedule');
  const [staffFor, setStaffFor] = useState<Program | null>(null);

  const columns: Column<Program>[] = [
    { key: 'name', header: 'Program', render: (p) => p.name },
    { key: 'level', header: 'Level of care', render: (p) => <Badge variant="light">{p.levelOfCare}</Badge> },
    { key: 'population', header: 'Population', render: (p) => populationLabel(p.population) },
    { key: 'site', header: 'Site', render: (p) => sites.data?.find((s) => s.id === p.siteId)?.name ?? '—' },
    { key: 'hours', header: 'Min. hours/week', render: (p) => p.minHoursPerWeek },
    { key: 'status', header: 'Status', render: (p) => <ActiveBadge active={p.active} /> },
  ];
  if (canEdit || canEnroll) {
    columns.push({
      key: 'actions',
      header: <VisuallyHidden>Actions</VisuallyHidden>,
      render: (p) => (
        <Group gap="xs" wrap="nowrap">
          {canEdit && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconUsersGroup size={14} aria-hidden />}
              onClick={() => setStaffFor(p)}
              aria-label={`Assign staff to ${p.name}`}
            >
              Staff
            </Button>
          )}
          {canEnroll && (
            <Button
              size="xs"
              variant="default"
              component={Link}
              to={`/groups/bulk-enrollment?programId=${p.id}`}
              leftSection={<IconUsersPlus size={14} aria-hidden />}
              aria-label={`Enroll in groups: ${p.name}`}
            >
              Enroll in groups
            </Button>
          )}
        </Group>
      ),
    });
  }

  return (
    <ListPage
      title="Programs"
      description="IOP and PHP programs, their site, population and weekly hour minimum."
      actions={
        canEdit && (
          <CreateDialog label="New program" size="lg">
            {(close) => <ProgramForm onDone={close} />}
          </CreateDialog>
        )
      }
      query={programs}
      caption="Programs"
      columns={columns}
      rowKey={(p) => p.id}
      empty={{ title: 'No programs yet', description: canEdit ? 'Create a program at one of your sites.' : undefined }}
    >
      <Modal
        opened={staffFor !== null}
        onClose={() => setStaffFor(null)}
        title={staffFor ? `Staff of ${staffFor.name}` : ''}
        size="lg"
      >
        {staffFor && <ProgramStaffForm program={staffFor} onDone={() => setStaffFor(null)} />}
      </Modal>
    </ListPage>
  );
}
