import { Alert, Button, Code, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { loginErrorMessage } from './login-errors';
import { useVerifyMfa } from './identity.api';
import { matches } from '../../ui/validators';

interface MfaSecretStepProps {
  secret: string;
  otpauthUri: string;
  onVerified: (recoveryCodes: string[]) => void;
}

/** "1234 5678 …": base32 secrets are easier to type in groups of four. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

export function MfaSecretStep({ secret, otpauthUri, onVerified }: MfaSecretStepProps) {
  const verify = useVerifyMfa();
  const [qr, setQr] = useState<string | null>(null);
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: matches(/^\d{6}$/, 'Enter the 6 digits shown in your authenticator app') },
  });

  useEffect(() => {
    let cancelled = false;
    QRCode.toDataURL(otpauthUri, { margin: 1, width: 200, errorCorrectionLevel: 'M' })
      .then((url) => !cancelled && setQr(url))
      .catch(() => !cancelled && setQr(null));
    return () => {
      cancelled = true;
    };
  }, [otpauthUri]);

  const submit = form.onSubmit(({ code }) =>
    verify.mutate(code.trim(), {
      onSuccess: (result) => onVerified(result.recoveryCodes),
      onError: (e) => form.setFieldError('code', loginErrorMessage(e, 'code')),
    }),
  );

  return (
    <Stack gap="md">
      <Text size="sm">
        Your role requires a second factor. Scan this QR code with an authenticator app (such as Google Authenticator,
        Microsoft Authenticator or 1Password), then enter the 6-digit code it shows.
      </Text>
      <Group align="flex-start" gap="lg" wrap="wrap">
        {qr ? (
          <Image src={qr} w={200} h={200} alt="QR code for setting up your authenticator app" />
        ) : (
          <Alert color="gray" w={200}>
            Use the key below.
          </Alert>
        )}
        <Stack gap={4} maw={260}>
          <Text size="sm" fw={600} id="mfa-secret-label">
            Cannot scan? Enter this key manually:
          </Text>
          <Code
            block
            aria-labelledby="mfa-secret-label"
            fz="md"
            style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
            data-testid="mfa-secret"
          >
            {grouped(secret)}
          </Code>
          <Text size="xs" c="dimmed">
            Time-based, 6 digits, 30 seconds.
          </Text>
        </Stack>
      </Group>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" align="flex-start">
          <TextInput
            label="Authentication code"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={6}
            required
            w={220}
            {...form.getInputProps('code')}
          />
          <Button type="submit" loading={verify.isPending}>
            Verify and turn on
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
