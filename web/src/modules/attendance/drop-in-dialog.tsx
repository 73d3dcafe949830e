import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { PatientPicker } from '../scheduling/patient-picker';
import type { SessionDetail } from '../scheduling/sessions.api';
import { dropInRow, type AttendanceRow } from './attendance-rows';

interface DropInDialogProps {
  session: SessionDetail;
  /** Patients already on the sheet. */
  excluded: string[];
  onAdd: (row: AttendanceRow) => void;
}

/** A patient off the expected roster who came anyway; the reason is kept with the record. */
export function DropInDialog({ session, excluded, onAdd }: DropInDialogProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const form = useForm({
    initialValues: { patientId: null as string | null, name: '', reason: '' },
    validate: {
      patientId: (v) =>
        !v ? 'Choose a patient' : excluded.includes(v) ? 'This patient is already on the roster' : null,
      reason: (v) => (v.trim().length < 3 ? 'Say why they joined this session (at least 3 characters)' : null),
    },
  });
  const dismiss = () => {
    form.reset();
    close();
  };
  return (
    <>
      <Button variant="default" size="sm" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={open}>
        Add drop-in
      </Button>
      <Modal opened={opened} onClose={dismiss} title="Add drop-in">
        <form
          onSubmit={form.onSubmit((values) => {
            onAdd(dropInRow(session, values.patientId!, values.name, values.reason.trim()));
            dismiss();
          })}
        >
          <Stack gap="sm">
            <PatientPicker
              label="Patient"
              withAsterisk
              {...form.getInputProps('patientId')}
              onChange={(id, option) => {
                form.setFieldValue('patientId', id);
                form.setFieldValue('name', option?.label.split(' · ')[0] ?? '');
              }}
            />
            <Textarea
              label="Reason"
              withAsterisk
              autosize
              minRows={2}
              maxLength={500}
              {...form.getInputProps('reason')}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={dismiss}>
                Cancel
              </Button>
              <Button type="submit">Add to roster</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
