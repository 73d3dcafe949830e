import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useAuth } from '../../app/auth/auth-context';
import { LoadingState } from '../../ui/states';
import { AuthLayout } from './auth-layout';
import { useEnrollMfa } from './identity.api';
import { MfaSecretStep } from './mfa-secret-step';
import { RecoveryCodes } from './recovery-codes';

/**
 * Required set-up for roles that must use MFA (admin and billing by default): scan the secret,
 * prove it with a code, then keep the recovery codes, which are shown only this once.
 */
export function MfaEnrollmentPage() {
  const auth = useAuth();
  const enroll = useEnrollMfa();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const started = useRef(false);
  const { mutate: start } = enroll;

  useEffect(() => {
    // Once per visit: every call starts over with a new secret, which would void a scanned one.
    if (started.current) return;
    started.current = true;
    start();
  }, [start]);

  return (
    <AuthLayout title="Set up two-factor authentication" width={560}>
      {recoveryCodes ? (
        <RecoveryCodes codes={recoveryCodes} onDone={auth.mfaEnrolled} />
      ) : enroll.isError ? (
        <Alert color="red" variant="light" role="alert" title="Could not start the set-up">
          {errorMessage(enroll.error)}
          <Group mt="sm">
            <Button size="xs" variant="light" onClick={() => start()}>
              Try again
            </Button>
          </Group>
        </Alert>
      ) : enroll.data ? (
        <MfaSecretStep secret={enroll.data.secret} otpauthUri={enroll.data.otpauthUri} onVerified={setRecoveryCodes} />
      ) : (
        <LoadingState rows={3} label="Preparing your authenticator secret" />
      )}
      {!recoveryCodes && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Signed in as {auth.user?.email}
          </Text>
          <Button variant="subtle" size="xs" onClick={() => void auth.logout()}>
            Log out
          </Button>
        </Group>
      )}
    </AuthLayout>
  );
}
