import { Button, Group } from '@mantine/core';

interface FormActionsProps {
  submitLabel: string;
  submitting: boolean;
  onCancel?: () => void;
}

/** Cancel and submit buttons at the foot of a form. */
export function FormActions({ submitLabel, submitting, onCancel }: FormActionsProps) {
  return (
    <Group justify="flex-end" mt="md">
      {onCancel && (
        <Button variant="default" onClick={onCancel} disabled={submitting}>
          Cancel
        </Button>
      )}
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
    </Group>
  );
}
