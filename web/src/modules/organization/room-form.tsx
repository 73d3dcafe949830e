import { NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormActions } from '../../ui/form-actions';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { required } from '../../ui/validators';
import { useAllSites, useCreateRoom } from './organization.api';

interface RoomValues {
  siteId: string;
  name: string;
  capacity: number | string;
}

export function RoomForm({ siteId, onDone }: { siteId: string | null; onDone: () => void }) {
  const create = useCreateRoom();
  const sites = useAllSites();
  const form = useForm<RoomValues>({
    initialValues: { siteId: siteId ?? '', name: '', capacity: 12 },
    validate: {
      siteId: required('Site'),
      name: required('Room name'),
      capacity: (v) =>
        Number.isInteger(Number(v)) && Number(v) >= 1 ? null : 'Capacity is a whole number of at least 1',
    },
  });

  const submit = (values: RoomValues) =>
    create.mutate(
      { siteId: values.siteId, name: values.name.trim(), capacity: Number(values.capacity) },
      {
        onSuccess: () => {
          notifySuccess(`Room "${values.name.trim()}" created.`);
          onDone();
        },
        onError: (error) => notifyFormError(form, error),
      },
    );

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="New room">
      <Stack gap="sm">
        <Select
          label="Site"
          required
          data={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          disabled={sites.isPending}
          {...form.getInputProps('siteId')}
        />
        <TextInput label="Room name" required data-autofocus {...form.getInputProps('name')} />
        <NumberInput
          label="Capacity"
          description="Seats for group sessions"
          required
          min={1}
          max={1000}
          allowDecimal={false}
          {...form.getInputProps('capacity')}
        />
        <FormActions submitLabel="Create room" submitting={create.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
