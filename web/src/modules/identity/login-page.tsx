import { Alert } from '@mantine/core';
import { IconClockOff } from '@tabler/icons-react';
import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isApiError } from '../../api/errors';
import { useAuth } from '../../app/auth/auth-context';
import { AuthLayout } from './auth-layout';
import { useLogin } from './identity.api';
import { loginErrorMessage } from './login-errors';
import { MfaCodeForm } from './mfa-code-form';
import { PasswordForm, type Credentials } from './password-form';

/** Email and password, then the authentication code when the account uses MFA. */
export function LoginPage() {
  const auth = useAuth();
  const location = useLocation();
  const login = useLogin();
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [credentials, setCredentials] = useState<Credentials>({ email: '', password: '' });
  const [error, setError] = useState<string | null>(null);

  if (auth.state.status === 'signed-in' || auth.state.status === 'enrolling') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }

  const submit = (creds: Credentials, totp?: string) => {
    setError(null);
    login.mutate(
      { ...creds, ...(totp ? { totp } : {}) },
      {
        onSuccess: (result) => auth.loggedIn(result),
        onError: (e) => {
          if (!totp && isApiError(e) && e.code === 'auth.mfa_required') setStep('code');
          else setError(loginErrorMessage(e, totp ? 'code' : 'password'));
        },
      },
    );
  };

  const sessionEnded = auth.state.status === 'signed-out' && auth.state.sessionEnded;
  return (
    <AuthLayout title={step === 'password' ? 'Log in' : 'Two-factor authentication'}>
      {sessionEnded && !error && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconClockOff aria-hidden />}
          title="Your session ended"
          role="status"
        >
          For patient privacy you are logged out after 15 minutes without activity. Log in again to continue.
        </Alert>
      )}
      {error && (
        <Alert color="red" variant="light" role="alert" title="Could not log in">
          {error}
        </Alert>
      )}
      {step === 'password' ? (
        <PasswordForm
          initial={credentials}
          submitting={login.isPending}
          onSubmit={(creds) => {
            setCredentials(creds);
            submit(creds);
          }}
        />
      ) : (
        <MfaCodeForm
          submitting={login.isPending}
          onSubmit={(code) => submit(credentials, code)}
          onBack={() => {
            setError(null);
            setStep('password');
          }}
        />
      )}
    </AuthLayout>
  );
}
