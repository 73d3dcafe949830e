import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { required } from '../../ui/validators';
import type { Addendum } from './documents.api';
import { formatWhen, signerName } from './document-format';

/** Addenda in the order they were written, each with its author and time. */
export function AddendaList({ addenda, label = 'Addenda' }: { addenda: Addendum[]; label?: string }) {
  if (addenda.length === 0) return null;
  return (
    <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {addenda.map((a) => (
        <Stack
          component="li"
          key={a.id}
          gap={2}
          pl="sm"
          style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.text}
          </Text>
          <Text size="xs" c="dimmed">
            Addendum by {a.author ? signerName(a.author) : 'an unknown author'} on {formatWhen(a.createdAt)}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}

interface AddAddendumFormProps<R> {
  /** The note's addendum call (a document's or a group note's), given the text. */
  add: UseMutationResult<R, Error, string>;
  onAdded?: (added: R) => void | Promise<void>;
}

/** DESIGN §3.7: a signed note never changes; what is learned later is added beneath it, signed. */
export function AddAddendumForm<R>({ add, onAdded }: AddAddendumFormProps<R>) {
  const form = useForm({ initialValues: { text: '' }, validate: { text: required('The addendum text') } });
  const submit = ({ text }: { text: string }) =>
    add.mutate(text.trim(), {
      onSuccess: async (added) => {
        form.reset();
        notifySuccess('Addendum added.');
        await onAdded?.(added);
      },
      onError: (error) => notifyFormError(form, error),
    });
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Add an addendum">
      <Stack gap="xs">
        <Textarea
          label="New addendum"
          description="It is added beneath the signed note with your name and the time; the note itself stays as signed."
          required
          autosize
          minRows={3}
          maxLength={20_000}
          {...form.getInputProps('text')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            Add addendum
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
