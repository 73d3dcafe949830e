import { Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { ActiveBadge } from '../../ui/active-badge';
import { CreateDialog } from '../../ui/create-dialog';
import type { Column } from '../../ui/data-table';
import { formatAddress } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { PagedTable } from '../../ui/paged-table';
import { Section } from '../../ui/section';
import { useAllSites, useRoomsPage, useSitesPage, type Room, type Site } from './organization.api';
import { RoomForm } from './room-form';
import { SiteForm } from './site-form';
import { placeOfServiceLabel } from './site-options';

const siteColumns: Column<Site>[] = [
  { key: 'name', header: 'Name', render: (s) => s.name },
  { key: 'timeZone', header: 'Time zone', render: (s) => s.timeZone },
  { key: 'pos', header: 'Place of service', render: (s) => placeOfServiceLabel(s.placeOfService) },
  { key: 'address', header: 'Address', render: (s) => formatAddress(s.address) },
  { key: 'status', header: 'Status', render: (s) => <ActiveBadge active={s.active} /> },
];

export function SitesPage() {
  return (
    <>
      <PageHeader
        title="Sites & rooms"
        description="Where programs meet. A site's time zone sets session times; its place of service goes on claims."
      />
      <Stack gap="lg">
        <SitesSection />
        <RoomsSection />
      </Stack>
    </>
  );
}

function SitesSection() {
  const sites = useSitesPage();
  return (
    <Section
      title="Sites"
      actions={
        <CreateDialog label="New site" size="lg">
          {(close) => <SiteForm onDone={close} />}
        </CreateDialog>
      }
    >
      <PagedTable
        query={sites}
        caption="Sites"
        columns={siteColumns}
        rowKey={(s) => s.id}
        empty={{ title: 'No sites yet', description: 'Add the first site where your programs meet.' }}
      />
    </Section>
  );
}

function RoomsSection() {
  const [siteId, setSiteId] = useState<string | null>(null);
  const sites = useAllSites();
  const rooms = useRoomsPage(siteId);
  const onlySite = sites.data?.length === 1 ? sites.data[0]!.id : null;
  const siteName = (id: string) => sites.data?.find((s) => s.id === id)?.name ?? '—';
  const columns: Column<Room>[] = [
    { key: 'name', header: 'Room', render: (r) => r.name },
    { key: 'site', header: 'Site', render: (r) => siteName(r.siteId) },
    { key: 'capacity', header: 'Capacity', render: (r) => r.capacity },
    { key: 'status', header: 'Status', render: (r) => <ActiveBadge active={r.active} /> },
  ];
  return (
    <Section
      title="Rooms"
      actions={
        <>
          <Select
            aria-label="Filter rooms by site"
            placeholder="All sites"
            clearable
            data={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={siteId}
            onChange={setSiteId}
            w={220}
          />
          <CreateDialog label="New room" disabled={!sites.data?.length}>
            {(close) => <RoomForm siteId={siteId ?? onlySite} onDone={close} />}
          </CreateDialog>
        </>
      }
    >
      <PagedTable
        query={rooms}
        caption="Rooms"
        columns={columns}
        rowKey={(r) => r.id}
        empty={{
          title: 'No rooms yet',
          description: sites.data?.length ? 'Add rooms to a site.' : 'Create a site first.',
        }}
      />
    </Section>
  );
}
