import { Burger, Button, Group, Stack, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { formatNameNatural } from '../../ui/format';
import { roleLabel } from '../access';
import { useAuth } from '../auth/auth-context';

interface AppHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
}

export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const { user, logout } = useAuth();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="md"
          size="sm"
          aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
          aria-expanded={navOpened}
          aria-controls="app-navbar"
        />
        <Text fw={800} size="lg" c="teal.9" component="span">
          IOP EHR
        </Text>
      </Group>
      {user && (
        <Group gap="md" wrap="nowrap">
          <Stack gap={0} align="flex-end">
            <Text size="sm" fw={600} data-testid="current-user">
              {formatNameNatural(user.name)}
            </Text>
            <Text size="xs" c="dimmed" visibleFrom="sm">
              {user.roles.map(roleLabel).join(', ')}
            </Text>
          </Stack>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => void logout()}
          >
            Log out
          </Button>
        </Group>
      )}
    </Group>
  );
}
