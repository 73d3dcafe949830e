import type { ReactNode } from 'react';
import { PageHeader } from '../../ui/page-header';
import { EmptyState } from '../../ui/states';
import { can, type Capability } from '../access';
import { useRoles } from './auth-context';

/** Pages a role cannot use say so, rather than failing request by request. */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const roles = useRoles();
  if (can(roles, capability)) return <>{children}</>;
  return (
    <>
      <PageHeader title="Not available" />
      <EmptyState
        title="Your role does not give access to this page"
        description="Ask an administrator if you need it."
      />
    </>
  );
}
