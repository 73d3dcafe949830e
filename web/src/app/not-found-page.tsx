import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../ui/page-header';
import { EmptyState } from '../ui/states';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState
        title="There is nothing at this address"
        description="The link may be out of date."
        action={
          <Button component={Link} to="/">
            Go to the start page
          </Button>
        }
      />
    </>
  );
}
