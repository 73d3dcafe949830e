import { Alert, Button, Checkbox, CopyButton, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';

interface RecoveryCodesProps {
  codes: string[];
  onDone: () => void;
}

/** Shown once, right after MFA is turned on; the server keeps only hashes of these codes. */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const [saved, setSaved] = useState(false);
  return (
    <Stack gap="md">
      <Alert
        color="yellow"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title="Save your recovery codes now"
      >
        Each code lets you log in once if you lose your authenticator device. They will not be shown again. Keep them
        somewhere safe, away from this computer.
      </Alert>
      <List
        aria-label="Recovery codes"
        listStyleType="none"
        spacing={4}
        ff="monospace"
        fz="md"
        style={{ columns: 2 }}
        data-testid="recovery-codes"
      >
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <CopyButton value={codes.join('\n')}>
        {({ copied, copy }) => (
          <Button variant="default" onClick={copy} w="fit-content">
            {copied ? 'Copied' : 'Copy codes'}
          </Button>
        )}
      </CopyButton>
      <Checkbox
        label="I saved these recovery codes"
        checked={saved}
        onChange={(event) => setSaved(event.currentTarget.checked)}
      />
      <Group justify="flex-end">
        <Button disabled={!saved} onClick={onDone}>
          Continue
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        Two-factor authentication is now on for your account.
      </Text>
    </Stack>
  );
}
