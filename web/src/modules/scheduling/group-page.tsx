import { Badge, Group as Row, Paper, SimpleGrid, Stack, Tabs, Title } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../ui/back-link';
import { DetailItem } from '../../ui/detail-item';
import { formatDate } from '../../ui/format';
import { QueryView } from '../../ui/query-view';
import { CapacityBadges } from './capacity-badges';
import { FacilitatorsTab } from './facilitators-tab';
import { EditGroupDialog } from './group-edit-form';
import { useGroup, type Group } from './groups.api';
import { useSchedulingLookups } from './lookups';
import { MembersTab } from './members-tab';
import { RosterReviewsPanel } from './roster-reviews-panel';
import { RosterTab } from './roster-tab';
import { describeSchedule, sessionKindLabel } from './schedule-options';
import { UpcomingSessionsTab } from './upcoming-sessions-tab';

const TABS = [
  { value: 'roster', label: 'Roster over time' },
  { value: 'members', label: 'Members & waitlist' },
  { value: 'facilitators', label: 'Facilitators' },
  { value: 'sessions', label: 'Upcoming sessions' },
] as const;
type TabValue = (typeof TABS)[number]['value'];

export function GroupPage() {
  const { groupId = '' } = useParams();
  const group = useGroup(groupId);
  const [params, setParams] = useSearchParams();
  const tab: TabValue = TABS.find((t) => t.value === params.get('tab'))?.value ?? 'roster';
  return (
    <Stack gap="md">
      <BackLink to="/groups">All groups</BackLink>
      <QueryView query={group} errorTitle="Could not open this group">
        {(g) => (
          <>
            <GroupHeader group={g} />
            <Tabs
              value={tab}
              onChange={(value) => setParams(value ? { tab: value } : {}, { replace: true })}
              keepMounted={false}
            >
              <Tabs.List aria-label="Group sections">
                {TABS.map((t) => (
                  <Tabs.Tab key={t.value} value={t.value}>
                    {t.label}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="roster" pt="md">
                <Stack gap="md">
                  <RosterTab group={g} />
                  <RosterReviewsPanel group={g} />
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="members" pt="md">
                <MembersTab group={g} />
              </Tabs.Panel>
              <Tabs.Panel value="facilitators" pt="md">
                <FacilitatorsTab group={g} />
              </Tabs.Panel>
              <Tabs.Panel value="sessions" pt="md">
                <UpcomingSessionsTab group={g} />
              </Tabs.Panel>
            </Tabs>
          </>
        )}
      </QueryView>
    </Stack>
  );
}

function GroupHeader({ group }: { group: Group }) {
  const lookups = useSchedulingLookups();
  const { schedule } = group;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Row justify="space-between" align="flex-start" wrap="wrap">
          <Title order={1} size="h2">
            {group.name}
          </Title>
          <Row gap="xs" align="center">
            <Badge variant="light" color="gray" c="dark.7" tt="none">
              {sessionKindLabel(group.kind)}
            </Badge>
            {!group.active && <Badge color="gray">Inactive</Badge>}
            <EditGroupDialog group={group} />
          </Row>
        </Row>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
          <DetailItem label="Program">{lookups.programName(group.programId)}</DetailItem>
          <DetailItem label="Room">{lookups.roomName(group.roomId)}</DetailItem>
          <DetailItem label="Schedule">{describeSchedule(schedule)}</DetailItem>
          <DetailItem label="Dates">
            {formatDate(schedule.startDate)} – {schedule.endDate ? formatDate(schedule.endDate) : 'ongoing'}
          </DetailItem>
          <DetailItem label="Places">
            <CapacityBadges group={group} />
          </DetailItem>
          <DetailItem label="Waitlist">{String(group.waitlistCount)}</DetailItem>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
