import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { FormActions } from '../../ui/form-actions';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { DuplicateWarning } from './duplicate-warning';
import { emptyPatient, PatientFields, patientRules, toPatientBody, type PatientValues } from './patient-fields';
import { useCreatePatient, useDuplicateCheck, type PatientCreated } from './patients.api';

interface NewPatientFormProps {
  onCreated: (created: PatientCreated, name: string) => void;
  onCancel: () => void;
}

/** Registration, with a duplicate check as soon as name and birth date are filled in. */
export function NewPatientForm({ onCreated, onCancel }: NewPatientFormProps) {
  const create = useCreatePatient();
  const form = useForm<PatientValues>({ initialValues: emptyPatient(), validate: patientRules });
  const [identity] = useDebouncedValue(
    `${form.values.name.given.trim()}|${form.values.name.family.trim()}|${form.values.birthDate}`,
    400,
  );
  const [given = '', family = '', birthDate = ''] = identity.split('|');
  const duplicates = useDuplicateCheck(given, family, birthDate);

  const submit = (values: PatientValues) => {
    const body = toPatientBody(values);
    if (!body) return;
    create.mutate(body, {
      onSuccess: (created) => {
        notifySuccess(`${body.name.given} ${body.name.family} registered with MRN ${created.mrn}.`);
        onCreated(created, `${body.name.given} ${body.name.family}`);
      },
      onError: (error) => notifyFormError(form, error),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="New patient">
      <Stack gap="sm">
        <PatientFields form={form} />
        <DuplicateWarning duplicates={duplicates.data?.items ?? []} />
        <FormActions submitLabel="Register patient" submitting={create.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
