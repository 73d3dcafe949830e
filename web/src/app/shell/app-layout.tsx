import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { AppHeader } from './app-header';
import { AppNavbar } from './app-navbar';
import { SkipLink } from './skip-link';

const MAIN_ID = 'main-content';

/** Header, role-aware navigation (collapsible below ~1000 px) and the page. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <>
      <SkipLink target={MAIN_ID} />
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 240, breakpoint: 'md', collapsed: { mobile: !opened } }}
        padding="lg"
      >
        <AppShell.Header>
          <AppHeader navOpened={opened} onToggleNav={toggle} />
        </AppShell.Header>
        <AppShell.Navbar id="app-navbar" p="sm">
          <AppNavbar onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} tabIndex={-1} style={{ outline: 'none' }}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
