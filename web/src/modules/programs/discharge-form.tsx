import { Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { formatDate } from '../../ui/format';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { required } from '../../ui/validators';
import { DISPOSITIONS } from './program-options';
import { useDischarge, type DischargeBody, type Episode } from './programs.api';

interface DischargeValues {
  date: string;
  disposition: DischargeBody['disposition'] | '';
  note: string;
}

export function DischargeForm({
  patientId,
  episode,
  onDone,
}: {
  patientId: string;
  episode: Episode;
  onDone: () => void;
}) {
  const discharge = useDischarge(patientId);
  const form = useForm<DischargeValues>({
    initialValues: { date: dayjs().format('YYYY-MM-DD'), disposition: '', note: '' },
    validate: {
      date: (v: string) => {
        if (!v) return 'Discharge date is required';
        return v < episode.admitDate ? `Discharge cannot be before admission (${formatDate(episode.admitDate)})` : null;
      },
      disposition: required('Disposition'),
    },
  });

  const submit = ({ date, disposition, note }: DischargeValues) => {
    if (!disposition) return;
    discharge.mutate(
      { episodeId: episode.id, date, disposition, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          notifySuccess(`Discharged from ${episode.programName}.`);
          onDone();
        },
        onError: (error) => notifyFormError(form, error),
      },
    );
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Discharge">
      <Stack gap="sm">
        <Text size="sm">
          {episode.programName} ({episode.levelOfCare}), admitted {formatDate(episode.admitDate)}.
        </Text>
        <DateField label="Discharge date" required {...form.getInputProps('date')} />
        <Select label="Disposition" required data={DISPOSITIONS} {...form.getInputProps('disposition')} />
        <Textarea label="Discharge note" autosize minRows={2} maxLength={2000} {...form.getInputProps('note')} />
        <FormActions submitLabel="Discharge" submitting={discharge.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
