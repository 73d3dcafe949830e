import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { MfaEnrollmentPage } from '../../modules/identity/mfa-enrollment-page';
import { useAuth } from './auth-context';

/** The gate in front of the app: login first, then MFA set-up when the role requires it. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <Center mih="100vh">
        <Loader aria-label="Checking your session" />
      </Center>
    );
  }
  if (state.status === 'signed-out') {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (state.status === 'enrolling') return <MfaEnrollmentPage />;
  return <>{children}</>;
}
