import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { required } from '../../ui/validators';

interface MfaCodeFormProps {
  submitting: boolean;
  onSubmit: (code: string) => void;
  onBack: () => void;
}

/** The second login step: a 6-digit TOTP code, or one of the recovery codes. */
export function MfaCodeForm({ submitting, onSubmit, onBack }: MfaCodeFormProps) {
  const form = useForm({ initialValues: { code: '' }, validate: { code: required('Authentication code') } });
  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(values.code.trim()))} noValidate>
      <Stack gap="md">
        <Text size="sm">
          Enter the 6-digit code from your authenticator app. If you lost your device, enter one of your recovery codes
          instead.
        </Text>
        <TextInput
          label="Authentication code"
          autoComplete="one-time-code"
          inputMode="text"
          autoFocus
          required
          {...form.getInputProps('code')}
        />
        <Group justify="space-between">
          <Button variant="subtle" onClick={onBack} disabled={submitting}>
            Back
          </Button>
          <Button type="submit" loading={submitting}>
            Verify
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
