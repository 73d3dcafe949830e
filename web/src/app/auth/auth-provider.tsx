import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isApiError } from '../../api/errors';
import { sessionEvents } from '../../api/session-events';
import { fetchMe, postLogout, type LoginResult } from '../../modules/identity/identity.api';
import { AuthContext, type AuthContextValue, type AuthState } from './auth-context';

/**
 * Who is logged in, held in memory only. A 401 anywhere means the server ended the session (idle or
 * absolute limit): the query cache is cleared so no patient data outlives it.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    fetchMe()
      .then((user) => !cancelled && setState({ status: 'signed-in', user }))
      .catch((error: unknown) => {
        if (cancelled) return;
        if (!isApiError(error) || error.status !== 401) console.warn('Could not check the session', error);
        setState({ status: 'signed-out', sessionEnded: false });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  /** Nothing of the last session stays on screen or in memory: cached data and notices (they name patients). */
  const forget = useCallback(() => {
    queryClient.clear();
    notifications.clean();
  }, [queryClient]);

  useEffect(
    () =>
      sessionEvents.subscribe((event) => {
        if (event === 'ended') {
          forget();
          setState((s) => (s.status === 'signed-out' ? s : { status: 'signed-out', sessionEnded: true }));
        } else {
          setState((s) => (s.status === 'signed-in' ? { status: 'enrolling', user: s.user } : s));
        }
      }),
    [forget],
  );

  const loggedIn = useCallback((result: LoginResult) => {
    setState({ status: result.mfaEnrollmentRequired ? 'enrolling' : 'signed-in', user: result.user });
  }, []);

  const mfaEnrolled = useCallback(() => {
    setState((s) => (s.status === 'enrolling' ? { status: 'signed-in', user: { ...s.user, mfaEnabled: true } } : s));
  }, []);

  const logout = useCallback(async () => {
    try {
      await postLogout();
    } catch {
      // The session is gone either way once we forget it here; the server expires it too.
    }
    forget();
    setState({ status: 'signed-out', sessionEnded: false });
  }, [forget]);

  const value = useMemo<AuthContextValue>(
    () => ({
      state,
      user: state.status === 'signed-in' || state.status === 'enrolling' ? state.user : null,
      loggedIn,
      mfaEnrolled,
      logout,
    }),
    [state, loggedIn, mfaEnrolled, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
