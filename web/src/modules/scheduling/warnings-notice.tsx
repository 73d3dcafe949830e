import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

interface WarningsNoticeProps {
  /** What was done, e.g. "Enrolled in Coping skills." */
  done: string;
  warnings: { code: string; message: string }[];
  onDone: () => void;
}

/**
 * Warnings do not stop a booking or an enrollment (the patient is due elsewhere at that time), but
 * nobody should miss them: the dialog stays open on them until dismissed.
 */
export function WarningsNotice({ done, warnings, onDone }: WarningsNoticeProps) {
  return (
    <Stack gap="sm">
      <Text>{done}</Text>
      <Alert color="orange" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title="Please check">
        <List size="sm" spacing={4}>
          {warnings.map((w, i) => (
            <List.Item key={`${w.code}-${i}`}>{w.message}</List.Item>
          ))}
        </List>
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onDone} data-autofocus>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
