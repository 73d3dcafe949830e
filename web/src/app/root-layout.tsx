import { Outlet } from 'react-router';
import { AuthProvider } from './auth/auth-provider';

/** Everything under the router shares one auth state. */
export function RootLayout() {
  return (
    <AuthProvider>
      <Outlet />
    </AuthProvider>
  );
}
