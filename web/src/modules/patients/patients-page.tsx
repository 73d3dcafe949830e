import { Anchor, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import type { Column } from '../../ui/data-table';
import { ageOn, formatDate, formatName, formatSex } from '../../ui/format';
import { ListPage } from '../../ui/list-page';
import { DuplicateWarning } from './duplicate-warning';
import { NewPatientForm } from './new-patient-form';
import { usePatientSearch, type PatientCreated, type PatientSummary } from './patients.api';

const columns: Column<PatientSummary>[] = [
  {
    key: 'name',
    header: 'Name',
    render: (p) => (
      <Anchor component={Link} to={`/patients/${p.id}`} fw={600}>
        {formatName(p.name)}
      </Anchor>
    ),
  },
  { key: 'mrn', header: 'MRN', render: (p) => p.mrn },
  { key: 'birthDate', header: 'Birth date', render: (p) => `${formatDate(p.birthDate)} (${ageOn(p.birthDate)} y)` },
  { key: 'sex', header: 'Sex', render: (p) => formatSex(p.sex) },
];

type Dialog = { kind: 'closed' } | { kind: 'form' } | { kind: 'duplicates'; created: PatientCreated; name: string };

export function PatientsPage() {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 300);
  const patients = usePatientSearch(query);
  const canRegister = can(useRoles(), 'editPatients');
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>({ kind: 'closed' });
  const close = () => setDialog({ kind: 'closed' });

  const created = (result: PatientCreated, name: string) => {
    if (result.possibleDuplicates.length) setDialog({ kind: 'duplicates', created: result, name });
    else void navigate(`/patients/${result.id}`);
  };

  return (
    <ListPage
      title="Patients"
      actions={
        canRegister && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'form' })}>
            New patient
          </Button>
        )
      }
      toolbar={
        <TextInput
          label="Search patients"
          description="Name, MRN or birth date"
          placeholder="e.g. Ruiz, 100234 or 05/12/1990"
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={420}
        />
      }
      query={patients}
      caption={query ? `Patients matching "${query}"` : 'Patients'}
      columns={columns}
      rowKey={(p) => p.id}
      empty={
        query
          ? { title: 'No patients match', description: 'Check the spelling, or search by MRN or birth date.' }
          : { title: 'No patients yet', description: canRegister ? 'Register the first patient.' : undefined }
      }
    >
      <Modal
        opened={dialog.kind !== 'closed'}
        onClose={close}
        title={dialog.kind === 'duplicates' ? 'Patient registered' : 'New patient'}
        size="lg"
        closeOnClickOutside={false}
      >
        {dialog.kind === 'form' && <NewPatientForm onCreated={created} onCancel={close} />}
        {dialog.kind === 'duplicates' && (
          <Stack gap="md">
            <Text>
              {dialog.name} was registered with MRN <strong>{dialog.created.mrn}</strong>.
            </Text>
            <DuplicateWarning duplicates={dialog.created.possibleDuplicates} registered />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Close
              </Button>
              <Button component={Link} to={`/patients/${dialog.created.id}`}>
                Open new chart
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </ListPage>
  );
}
