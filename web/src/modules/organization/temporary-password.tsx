import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import type { CreatedStaff } from './staff-form';

/** The one time a new account's temporary password is visible; the server keeps only its hash. */
export function TemporaryPassword({ created, onDone }: { created: CreatedStaff; onDone: () => void }) {
  return (
    <Stack gap="md">
      <Text>
        The account for <strong>{created.name}</strong> ({created.email}) was created.
      </Text>
      {created.temporaryPassword ? (
        <>
          <Alert color="yellow" variant="light" title="Temporary password: shown only once">
            Give it to {created.name} in person or over a secure channel. They will be asked to choose their own
            password.
          </Alert>
          <Code block fz="lg" aria-label="Temporary password" data-testid="temporary-password">
            {created.temporaryPassword}
          </Code>
          <CopyButton value={created.temporaryPassword}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy} w="fit-content">
                {copied ? 'Copied' : 'Copy password'}
              </Button>
            )}
          </CopyButton>
        </>
      ) : (
        <Text c="dimmed">They can log in with the password that was set.</Text>
      )}
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
