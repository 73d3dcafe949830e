import { Button, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { DetailItem } from '../../ui/detail-item';
import { FormActions } from '../../ui/form-actions';
import { formatAddress, formatDate, formatNameNatural, formatPhone, formatSex } from '../../ui/format';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { Section } from '../../ui/section';
import { PatientFields, patientRules, patientValues, toPatientBody, type PatientValues } from './patient-fields';
import { useUpdatePatient, type Patient } from './patients.api';

export function DemographicsTab({ patient }: { patient: Patient }) {
  const [editing, setEditing] = useState(false);
  const canEdit = can(useRoles(), 'editPatients');
  return (
    <Section
      title="Demographics"
      actions={
        canEdit &&
        !editing && (
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
            Edit demographics
          </Button>
        )
      }
    >
      {editing ? (
        <DemographicsForm patient={patient} onDone={() => setEditing(false)} />
      ) : (
        <DemographicsView patient={patient} />
      )}
    </Section>
  );
}

function DemographicsView({ patient }: { patient: Patient }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      <DetailItem label="Name">{formatNameNatural(patient.name)}</DetailItem>
      <DetailItem label="Birth date">{formatDate(patient.birthDate)}</DetailItem>
      <DetailItem label="Sex">{formatSex(patient.sex)}</DetailItem>
      <DetailItem label="Phone">{formatPhone(patient.phone)}</DetailItem>
      <DetailItem label="Email">{patient.email}</DetailItem>
      <DetailItem label="Address">{formatAddress(patient.address)}</DetailItem>
    </SimpleGrid>
  );
}

function DemographicsForm({ patient, onDone }: { patient: Patient; onDone: () => void }) {
  const update = useUpdatePatient(patient.id);
  const form = useForm<PatientValues>({ initialValues: patientValues(patient), validate: patientRules });
  const submit = (values: PatientValues) => {
    const body = toPatientBody(values);
    if (!body) return;
    update.mutate(body, {
      onSuccess: () => {
        notifySuccess('Demographics updated.');
        onDone();
      },
      onError: (error) => notifyFormError(form, error),
    });
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Edit demographics">
      <Stack gap="sm">
        <PatientFields form={form} />
        <FormActions submitLabel="Save demographics" submitting={update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
