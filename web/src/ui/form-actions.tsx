import { Button, Group } from '@mantine/core';

interface FormActionsProps {
  submitLabel: string;
  submitting: boolean;
  onCancel?: () => void;
  /** When "Cancel" would be ambiguous (a form that cancels something). */
  cancelLabel?: string;
}

/** Cancel and submit buttons at the foot of a form. */
export function FormActions({ submitLabel, submitting, onCancel, cancelLabel = 'Cancel' }: FormActionsProps) {
  return (
    <Group justify="flex-end" mt="md">
      {onCancel && (
        <Button variant="default" onClick={onCancel} disabled={submitting}>
          {cancelLabel}
        </Button>
      )}
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
    </Group>
  );
}
