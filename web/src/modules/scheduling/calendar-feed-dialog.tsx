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
import { IconCalendarShare, IconCheck, IconCopy, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { notifyError } from '../../ui/notify';
import { useSchedulingLookups } from './lookups';
import { useCreateCalendarFeed, type CalendarFeedBody } from './sessions.api';

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
