import { Alert, Paper } from '@mantine/core';
import { PageHeader } from '../../ui/page-header';
import { QueryView } from '../../ui/query-view';
import { useOrganization } from './organization.api';
import { OrganizationForm } from './organization-form';

export function OrganizationPage() {
  const query = useOrganization();
  return (
    <>
      <PageHeader title="Organization" description="The billing identity used on claims and statements." />
      <QueryView query={query}>
        {(organization) => (
          <Paper withBorder p="lg" radius="md" maw={900}>
            {!organization && (
              <Alert color="blue" variant="light" mb="md" title="Not set up yet">
                Enter the organization's details before billing. Claims cannot be sent without them.
              </Alert>
            )}
            <OrganizationForm organization={organization} />
          </Paper>
        )}
      </QueryView>
    </>
  );
}
