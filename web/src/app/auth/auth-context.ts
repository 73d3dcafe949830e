import { createContext, useContext } from 'react';
import type { LoginResult, User } from '../../modules/identity/identity.api';

export type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out'; sessionEnded: boolean }
  /** Logged in, but MFA must be set up before anything else (403 auth.mfa_enrollment_required). */
  | { status: 'enrolling'; user: User }
  | { status: 'signed-in'; user: User };

export interface AuthContextValue {
  state: AuthState;
  /** The logged-in user, also while enrolling in MFA. */
  user: User | null;
  loggedIn: (result: LoginResult) => void;
  mfaEnrolled: () => void;
  logout: () => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside AuthProvider');
  return value;
}

/** The signed-in user's roles; empty when nobody is signed in. */
export const useRoles = (): string[] => useAuth().user?.roles ?? [];
