import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage, isApiError } from '../../api/errors';

interface BillingErrorProps {
  error: unknown;
  title: string;
  /** Names what a detail's path points at (a claim of the request, a segment of the file). */
  describePath?: (path: string) => string;
}

/**
 * A refused billing request spelled out: the server's message, and every detail it gave (which claim
 * breaks the batch and why, which 835 segment cannot be read), so the biller knows what to change.
 */
export function BillingError({ error, title, describePath = (path) => path }: BillingErrorProps) {
  const details = isApiError(error) ? error.details : [];
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title={title}>
      <Text size="sm">{errorMessage(error)}</Text>
      {details.length > 0 && (
        <List size="sm" mt="xs" spacing={2}>
          {details.map((d, i) => (
            <List.Item key={i}>
              {d.path && (
                <Text span size="sm" fw={600}>
                  {describePath(d.path)}:{' '}
                </Text>
              )}
              {d.message}
            </List.Item>
          ))}
        </List>
      )}
      {isApiError(error) && (
        <Text size="xs" mt="xs">
          Code {error.code}
        </Text>
      )}
    </Alert>
  );
}
