import { Box, Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { PageHeader } from '../../ui/page-header';
import { QueryView } from '../../ui/query-view';
import { EmptyState, LoadingState } from '../../ui/states';
import { CalendarFeedDialog, CalendarFeedsDialog } from './calendar-feed-dialog';
import { CalendarGrid, type MoveRequest } from './calendar-grid';
import { useSchedulingLookups } from './lookups';
import { MoveConfirmModal } from './move-confirm-modal';
import { SessionDrawer } from './session-drawer';
import { useCalendar, type CalendarQuery } from './sessions.api';
import { addDays, todayLocal, weekStart } from './time';

type View = 'day' | 'week';
const FILTERS = ['programId', 'roomId', 'staffId'] as const;

/** Arrow keys page through days or weeks, unless the key belongs to a field or a dialog. */
function usePagingKeys(onPrevious: () => void, onNext: () => void) {
  useEffect(() => {
    const handler = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const target = event.target as HTMLElement;
      if (
        target.closest(
          'input, textarea, select, [contenteditable], [role="dialog"], [role="tablist"], [role="radiogroup"]',
        )
      )
        return;
      event.preventDefault();
      if (event.key === 'ArrowLeft') onPrevious();
      else onNext();
    };
    document.addEventListener('keydown', handler);
    return () => document.removeEventListener('keydown', handler);
  }, [onPrevious, onNext]);
}

/** Day and week calendars by program, room or staff member; sessions open in a drawer and move by drag. */
export function SchedulePage() {
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'day' ? 'day' : 'week';
  const date = params.get('date') ?? todayLocal();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f)])) as Record<
    (typeof FILTERS)[number],
    string | null
  >;
  const lookups = useSchedulingLookups();
  const canMove = can(useRoles(), 'editSchedule');
  const [openId, setOpenId] = useState<string | null>(null);
  const [moving, setMoving] = useState<MoveRequest | null>(null);

  const first = view === 'week' ? weekStart(date) : date;
  const dates = Array.from({ length: view === 'week' ? 7 : 1 }, (_, i) => addDays(first, i));
  const last = dates[dates.length - 1]!;
  const query: CalendarQuery = { from: first, to: last };
  for (const f of FILTERS) if (filters[f]) query[f] = filters[f]!;
  const sessions = useCalendar(query);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const step = view === 'week' ? 7 : 1;
  const previous = () => update({ date: addDays(date, -step) });
  const next = () => update({ date: addDays(date, step) });
  usePagingKeys(previous, next);

  const range =
    view === 'week'
      ? `${dayjs(first).format('MMM D')} – ${dayjs(last).format('MMM D, YYYY')}`
      : dayjs(date).format('dddd, MMMM D, YYYY');

  return (
    <>
      <PageHeader
        title="Schedule"
        description="Group sessions and appointments. Times are each site's local time."
        actions={
          <Group gap="xs">
            <CalendarFeedDialog staffId={filters.staffId} roomId={filters.roomId} />
            <CalendarFeedsDialog />
          </Group>
        }
      />
      <Stack gap="md">
        <Paper withBorder p="sm" radius="md">
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Group gap="xs" wrap="nowrap">
                <Button
                  variant="default"
                  onClick={previous}
                  aria-label={view === 'week' ? 'Previous week' : 'Previous day'}
                >
                  <IconChevronLeft size={18} aria-hidden />
                </Button>
                <Button variant="default" onClick={() => update({ date: null })}>
                  Today
                </Button>
                <Button variant="default" onClick={next} aria-label={view === 'week' ? 'Next week' : 'Next day'}>
                  <IconChevronRight size={18} aria-hidden />
                </Button>
                <Text fw={700} aria-live="polite" data-testid="calendar-range">
                  {range}
                </Text>
              </Group>
              <SegmentedControl
                aria-label="Calendar view"
                data={[
                  { value: 'day', label: 'Day' },
                  { value: 'week', label: 'Week' },
                ]}
                value={view}
                onChange={(value) => update({ view: value === 'day' ? 'day' : null })}
              />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label="Program"
                placeholder="All programs"
                clearable
                searchable
                data={lookups.programOptions(false)}
                value={filters.programId}
                onChange={(value) => update({ programId: value })}
              />
              <Select
                label="Room"
                placeholder="All rooms"
                clearable
                searchable
                data={lookups.roomOptions()}
                value={filters.roomId}
                onChange={(value) => update({ roomId: value })}
              />
              <Select
                label="Staff member"
                placeholder="All staff"
                clearable
                searchable
                data={lookups.clinicianOptions()}
                value={filters.staffId}
                onChange={(value) => update({ staffId: value })}
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              ← and → change the {view}.{canMove && ' Drag a session to move it, or open it and choose Move….'}
            </Text>
          </Stack>
        </Paper>
        <QueryView
          query={sessions}
          loading={<LoadingState rows={8} label="Loading the calendar" />}
          isEmpty={(items) => items.length === 0}
          empty={
            <EmptyState
              title={`No sessions this ${view}`}
              description="Change the filters, or create a group to put its sessions on the calendar."
            />
          }
        >
          {(items) => (
            <Box
              aria-busy={sessions.isPlaceholderData}
              style={{ opacity: sessions.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}
            >
              <CalendarGrid dates={dates} sessions={items} canMove={canMove} onOpen={setOpenId} onMove={setMoving} />
            </Box>
          )}
        </QueryView>
      </Stack>
      <SessionDrawer sessionId={openId} onClose={() => setOpenId(null)} />
      <MoveConfirmModal request={moving} onClose={() => setMoving(null)} />
    </>
  );
}
