import { Navigate } from 'react-router';
import { PageHeader } from '../ui/page-header';
import { EmptyState } from '../ui/states';
import { useRoles } from './auth/auth-context';
import { homeFor } from './shell/nav-items';

/** "/" opens the first section the user's roles allow. */
export function HomeRedirect() {
  const home = homeFor(useRoles());
  if (home) return <Navigate to={home} replace />;
  return (
    <>
      <PageHeader title="Welcome" />
      <EmptyState
        title="No sections are available to your role"
        description="Ask an administrator to check your roles."
      />
    </>
  );
}
