import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { required } from '../../ui/validators';

export interface Credentials {
  email: string;
  password: string;
}

interface PasswordFormProps {
  initial: Credentials;
  submitting: boolean;
  onSubmit: (credentials: Credentials) => void;
}

export function PasswordForm({ initial, submitting, onSubmit }: PasswordFormProps) {
  const form = useForm<Credentials>({
    initialValues: initial,
    validate: { email: required('Email'), password: required('Password') },
  });
  return (
    <form
      onSubmit={form.onSubmit((values) => onSubmit({ email: values.email.trim(), password: values.password }))}
      noValidate
    >
      <Stack gap="md">
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          data-autofocus
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          // The default "Toggle password visibility" would also match the label "Password".
          visibilityToggleButtonProps={{ 'aria-label': 'Show typed characters' }}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={submitting} fullWidth>
          Log in
        </Button>
      </Stack>
    </form>
  );
}
