import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';

const SECTIONS = [
  { to: '/billing', label: 'Worklist' },
  { to: '/billing/claims', label: 'Claims' },
  { to: '/billing/batches', label: 'Batches' },
  { to: '/billing/remittances', label: 'Remittances' },
];

/** The billing screens, one link each; the current one is marked for screen readers too. */
export function BillingNav() {
  const { pathname } = useLocation();
  const current = [...SECTIONS].reverse().find((s) => pathname === s.to || pathname.startsWith(`${s.to}/`));
  return (
    <Group component="nav" aria-label="Billing" gap="xs" mb="md">
      {SECTIONS.map((s) => (
        <Button
          key={s.to}
          component={Link}
          to={s.to}
          size="xs"
          variant={s === current ? 'filled' : 'default'}
          aria-current={s === current ? 'page' : undefined}
        >
          {s.label}
        </Button>
      ))}
    </Group>
  );
}
