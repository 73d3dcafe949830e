import { Grid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useState } from 'react';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { required } from '../../ui/validators';
import { useEnroll, type EnrollmentResult, type Group as TherapyGroup } from './groups.api';
import { PatientPicker } from './patient-picker';
import { WarningsNotice } from './warnings-notice';

interface EnrollValues {
  patientId: string;
  startDate: string;
  endDate: string;
}

const placedMessage = (r: EnrollmentResult, name: string) =>
  r.status === 'waitlisted'
    ? `${name} is full: the patient is on the waitlist at position ${r.waitlistPosition ?? '?'}.`
    : `Enrolled in ${name}.`;

/** Enrolls a patient from a date; a full group puts them on its waitlist. */
export function EnrollForm({ group, onDone }: { group: TherapyGroup; onDone: () => void }) {
  const enroll = useEnroll(group.id);
  const [placed, setPlaced] = useState<EnrollmentResult | null>(null);
  const today = dayjs().format('YYYY-MM-DD');
  const form = useForm<EnrollValues>({
    initialValues: {
      patientId: '',
      startDate: group.schedule.startDate > today ? group.schedule.startDate : today,
      endDate: '',
    },
    validate: {
      patientId: required('Patient'),
      startDate: required('Start date'),
      endDate: (v, values) => (v && v < values.startDate ? 'The end date is before the start date' : null),
    },
  });

  if (placed) {
    return <WarningsNotice done={placedMessage(placed, group.name)} warnings={placed.warnings} onDone={onDone} />;
  }

  const submit = (v: EnrollValues) =>
    enroll.mutate(
      { patientId: v.patientId, startDate: v.startDate, ...(v.endDate ? { endDate: v.endDate } : {}) },
      {
        onSuccess: (result) => {
          notifySuccess(placedMessage(result, group.name));
          if (result.warnings.length) setPlaced(result);
          else onDone();
        },
        onError: (error) => notifyFormError(form, error),
      },
    );

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={`Enroll a patient in ${group.name}`}>
      <Stack gap="sm">
        <PatientPicker label="Patient" required data-autofocus {...form.getInputProps('patientId')} />
        <Grid gap="sm">
          <Grid.Col span={6}>
            <DateField label="Start date" required {...form.getInputProps('startDate')} />
          </Grid.Col>
          <Grid.Col span={6}>
            <DateField label="End date" clearable {...form.getInputProps('endDate')} />
          </Grid.Col>
        </Grid>
        <Text size="xs" c="dimmed">
          The patient needs an open episode in this group&apos;s program. Leave the end date empty until discharge.
        </Text>
        <FormActions submitLabel="Enroll" submitting={enroll.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
