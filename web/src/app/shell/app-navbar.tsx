import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useRoles } from '../auth/auth-context';
import { navFor } from './nav-items';

export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const roles = useRoles();
  const { pathname } = useLocation();
  const isActive = (to: string) => pathname === to || pathname.startsWith(`${to}/`);
  return (
    <Stack component="nav" aria-label="Main" gap="md">
      {navFor(roles).map((section, index) => {
        const headingId = section.label ? `nav-${section.label.toLowerCase()}` : undefined;
        return (
          <div key={section.label ?? index} role="group" aria-labelledby={headingId}>
            {section.label && (
              <Text id={headingId} size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
                {section.label}
              </Text>
            )}
            {section.items.map((item) => (
              <NavLink
                key={`${section.label ?? ''}${item.to}`}
                component={Link}
                to={item.to}
                label={item.label}
                leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
                active={isActive(item.to)}
                aria-current={isActive(item.to) ? 'page' : undefined}
                onClick={onNavigate}
              />
            ))}
          </div>
        );
      })}
    </Stack>
  );
}
