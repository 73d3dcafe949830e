import { Badge, Button, Group, Modal, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { CreateDialog } from '../../ui/create-dialog';
import type { Column } from '../../ui/data-table';
import { formatDate, formatName } from '../../ui/format';
import { PagedTable } from '../../ui/paged-table';
import { Section } from '../../ui/section';
import { useAllStaff } from '../organization/organization.api';
import { AdmitForm } from './admit-form';
import { DischargeForm } from './discharge-form';
import { dispositionLabel } from './program-options';
import { usePatientEpisodes, type Episode } from './programs.api';

function Diagnoses({ episode }: { episode: Episode }) {
  return (
    <Group gap={4}>
      {episode.diagnoses.map((d) => (
        <Badge
          key={d.code}
          variant={d.principal ? 'filled' : 'light'}
          color="gray"
          tt="none"
          title={d.principal ? 'Principal diagnosis' : undefined}
        >
          {d.code}
          {d.principal && <VisuallyHidden> (principal)</VisuallyHidden>}
        </Badge>
      ))}
    </Group>
  );
}

/** Admissions to programs (episodes of care), with admit and discharge actions. */
export function EpisodesTab({ patientId }: { patientId: string }) {
  const episodes = usePatientEpisodes(patientId);
  const staff = useAllStaff();
  const canEdit = can(useRoles(), 'editEpisodes');
  const [discharging, setDischarging] = useState<Episode | null>(null);
  const attending = (id: string) => {
    const s = staff.data?.find((m) => m.id === id);
    return s ? formatName(s.name) : '—';
  };

  const columns: Column<Episode>[] = [
    { key: 'program', header: 'Program', render: (e) => `${e.programName} (${e.levelOfCare})` },
    { key: 'admit', header: 'Admitted', render: (e) => formatDate(e.admitDate) },
    {
      key: 'discharge',
      header: 'Discharged',
      render: (e) =>
        e.dischargeDate ? (
          `${formatDate(e.dischargeDate)} · ${dispositionLabel(e.disposition)}`
        ) : (
          <Badge color="teal">Open</Badge>
        ),
    },
    { key: 'attending', header: 'Attending', render: (e) => attending(e.attendingStaffId) },
    { key: 'diagnoses', header: 'Diagnoses', render: (e) => <Diagnoses episode={e} /> },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      render: (e) =>
        e.dischargeDate ? null : (
          <Button
            size="xs"
            variant="default"
            onClick={() => setDischarging(e)}
            aria-label={`Discharge from ${e.programName}`}
          >
            Discharge
          </Button>
        ),
    });
  }

  return (
    <Section
      title="Episodes"
      actions={
        canEdit && (
          <CreateDialog label="Admit to program" size="lg">
            {(close) => <AdmitForm patientId={patientId} onDone={close} />}
          </CreateDialog>
        )
      }
    >
      <PagedTable
        query={episodes}
        caption="Episodes of care"
        columns={columns}
        rowKey={(e) => e.id}
        minWidth={760}
        empty={{
          title: 'Not admitted to any program',
          description: canEdit ? 'Admit the patient to start an episode of care.' : undefined,
        }}
      />
      <Modal opened={discharging !== null} onClose={() => setDischarging(null)} title="Discharge">
        {discharging && (
          <DischargeForm patientId={patientId} episode={discharging} onDone={() => setDischarging(null)} />
        )}
      </Modal>
    </Section>
  );
}
