import {
  Alert,
  Button,
  CopyButton,
  Group,
  Input,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconCalendarShare,
  IconCheck,
  IconCopy,
  IconLock,
  IconSettings,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { DataTable } from '../../ui/data-table';
import { formatInstant } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { QueryView } from '../../ui/query-view';
import { EmptyState, LoadingState } from '../../ui/states';
import { useSchedulingLookups } from './lookups';
import {
  useCalendarFeeds,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
  type CalendarFeed,
  type CalendarFeedBody,
} from './sessions.api';

type OwnerKind = CalendarFeedBody['ownerKind'];

interface CalendarFeedDialogProps {
  /** The calendar's current staff or room filter, offered first. */
  staffId: string | null;
  roomId: string | null;
}

/** "Subscribe (iCal)": a secret feed address for a staff member's or a room's sessions. */
export function CalendarFeedDialog({ staffId, roomId }: CalendarFeedDialogProps) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" leftSection={<IconCalendarShare size={16} aria-hidden />} onClick={open}>
        Subscribe (iCal)
      </Button>
      <Modal opened={opened} onClose={close} title="Subscribe in a calendar app" size="lg">
        {opened && (
          <FeedForm
            initialKind={roomId && !staffId ? 'room' : 'staff'}
            staffId={staffId}
            roomId={roomId}
            onDone={close}
          />
        )}
      </Modal>
    </>
  );
}

function FeedForm({
  initialKind,
  staffId,
  roomId,
  onDone,
}: {
  initialKind: OwnerKind;
  staffId: string | null;
  roomId: string | null;
  onDone: () => void;
}) {
  const lookups = useSchedulingLookups();
  const create = useCreateCalendarFeed();
  const [kind, setKind] = useState<OwnerKind>(initialKind);
  const [ownerId, setOwnerId] = useState<string | null>(initialKind === 'room' ? roomId : staffId);
  const changeKind = (value: string) => {
    const next = value as OwnerKind;
    setKind(next);
    setOwnerId(next === 'room' ? roomId : staffId);
  };

  // The address is a secret the server keeps only as a hash: it can be shown this once.
  if (create.data) {
    // Calendar apps need the full address; the server answers with its path.
    const url = new URL(create.data.url, window.location.origin).href;
    return (
      <Stack gap="md">
        <Input.Wrapper label="Calendar address" description="Add it to your calendar app as a subscription (by URL).">
          <Group gap="xs" wrap="nowrap" mt={4}>
            <TextInput
              aria-label="Calendar address"
              value={url}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
              style={{ flex: 1 }}
              data-testid="calendar-feed-url"
            />
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'filled' : 'default'}
                  onClick={copy}
                  leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                >
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Input.Wrapper>
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} title="Shown once">
          This address is not shown again. The feed shows patients&apos; initials only, never full names; still, anyone
          with the address can read it, so keep it private.
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onDone}>Done</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">
        Sessions appear in the calendar app and stay up to date. The feed shows patients&apos; initials only.
      </Text>
      <Input.Wrapper label="Calendar of" id="feed-kind-label">
        <SegmentedControl
          fullWidth
          aria-labelledby="feed-kind-label"
          data={[
            { value: 'staff', label: 'Staff member' },
            { value: 'room', label: 'Room' },
          ]}
          value={kind}
          onChange={changeKind}
        />
      </Input.Wrapper>
      <Select
        label={kind === 'room' ? 'Room' : 'Staff member'}
        required
        searchable
        data={kind === 'room' ? lookups.roomOptions() : lookups.clinicianOptions()}
        value={ownerId}
        onChange={setOwnerId}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          disabled={!ownerId}
          loading={create.isPending}
          onClick={() =>
            ownerId &&
            create.mutate(
              { ownerKind: kind, ownerId },
              { onError: (error) => notifyError(error, 'No address created') },
            )
          }
        >
          Create address
        </Button>
      </Group>
    </Stack>
  );
}

/** "Manage subscriptions": the calendar addresses made so far, each revocable after confirming. */
export function CalendarFeedsDialog() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" leftSection={<IconSettings size={16} aria-hidden />} onClick={open}>
        Manage subscriptions
      </Button>
      <Modal opened={opened} onClose={close} title="Calendar subscriptions" size="lg">
        {opened && <FeedList onDone={close} />}
      </Modal>
    </>
  );
}

function FeedList({ onDone }: { onDone: () => void }) {
  const lookups = useSchedulingLookups();
  const feeds = useCalendarFeeds();
  const revoke = useRevokeCalendarFeed();
  const [confirming, setConfirming] = useState<CalendarFeed | null>(null);
  const ownerName = (f: CalendarFeed) =>
    f.ownerKind === 'room' ? lookups.roomName(f.ownerId) : lookups.staffName(f.ownerId);
  const ownerKind = (f: CalendarFeed) => (f.ownerKind === 'room' ? 'Room' : 'Staff member');

  const confirmRevoke = (feed: CalendarFeed) =>
    revoke.mutate(feed.id, {
      onSuccess: () => {
        notifySuccess(`The calendar address for ${ownerName(feed)} was revoked.`);
        setConfirming(null);
      },
      onError: (error) => notifyError(error, 'Not revoked'),
    });

  if (confirming) {
    return (
      <Stack gap="md">
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Revoke this address?">
          The address for {ownerKind(confirming).toLowerCase()} {ownerName(confirming)}, created{' '}
          {formatInstant(confirming.createdAt).slice(0, 10)}, stops working at once: calendar apps subscribed to it no
          longer update. This cannot be undone; a new address can be made at any time.
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(null)} disabled={revoke.isPending} data-autofocus>
            Keep it
          </Button>
          <Button color="red" loading={revoke.isPending} onClick={() => confirmRevoke(confirming)}>
            Revoke address
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">
        Each address was shown once when it was made. Revoke one that is no longer used, or that may have been shared.
      </Text>
      <QueryView
        query={feeds}
        loading={<LoadingState rows={3} label="Loading calendar subscriptions" />}
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState title="No calendar subscriptions" description="Make one with “Subscribe (iCal)”." />}
      >
        {(items) => (
          <DataTable
            caption="Calendar subscriptions"
            columns={[
              { key: 'owner', header: 'Calendar of', render: (f) => ownerName(f) },
              { key: 'kind', header: 'Kind', render: ownerKind },
              { key: 'created', header: 'Created', render: (f) => formatInstant(f.createdAt).slice(0, 16) },
              {
                key: 'action',
                header: 'Action',
                render: (f) => (
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => setConfirming(f)}
                    aria-label={`Revoke: ${ownerName(f)}, created ${formatInstant(f.createdAt).slice(0, 16)}`}
                  >
                    Revoke
                  </Button>
                ),
              },
            ]}
            rows={items}
            rowKey={(f) => f.id}
            minWidth={520}
          />
        )}
      </QueryView>
      <Group justify="flex-end">
        <Button onClick={onDone}>Close</Button>
      </Group>
    </Stack>
  );
}
