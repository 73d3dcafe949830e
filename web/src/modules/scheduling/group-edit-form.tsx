import { Alert, Button, Grid, Modal, NumberInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconInfoCircle, IconPencil } from '@tabler/icons-react';
import { isApiError } from '../../api/errors';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { notifyError, notifyFormError, notifySuccess } from '../../ui/notify';
import { required } from '../../ui/validators';
import { ConflictAlert, isScheduleConflict } from './conflict-alert';
import { useUpdateGroup, type Group, type GroupPatch } from './groups.api';
import { useSchedulingLookups } from './lookups';
import {
  SCHEDULE_ERROR_ALIASES,
  startTimeRule,
  WeekdaysField,
  weekdaysRule,
  wholeNumber,
  MinutesInput,
} from './schedule-fields';
import { weeklyDays, weeklyRule } from './schedule-options';
import { localParts } from './time';

interface EditValues {
  name: string;
  capacity: number | string;
  active: boolean;
  schedule: {
    weekdays: string[];
    startTime: string;
    durationMinutes: number | string;
    roomId: string;
    endDate: string;
  };
  effectiveFrom: string;
}

/** "Edit group" on the group page: the whole series from a date on. */
export function EditGroupDialog({ group }: { group: Group }) {
  const canEdit = can(useRoles(), 'editSchedule');
  const [opened, { open, close }] = useDisclosure(false);
  if (!canEdit) return null;
  return (
    <>
      <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={open}>
        Edit group
      </Button>
      <Modal opened={opened} onClose={close} title="Edit group" size="lg">
        {opened && <GroupEditForm group={group} onDone={close} />}
      </Modal>
    </>
  );
}

const sameDays = (a: string[], b: string[]) => a.length === b.length && a.every((d) => b.includes(d));

/** The fields that differ from the group as it is; an unchanged field is not sent. */
function changes(group: Group, initial: EditValues, v: EditValues): Omit<GroupPatch, 'effectiveFrom' | 'override'> {
  const patch: Omit<GroupPatch, 'effectiveFrom' | 'override'> = {};
  if (v.name.trim() !== group.name) patch.name = v.name.trim();
  if (Number(v.capacity) !== group.capacity) patch.capacity = Number(v.capacity);
  if (v.active !== group.active) patch.active = v.active;
  const schedule: NonNullable<GroupPatch['schedule']> = {};
  const s = v.schedule;
  if (s.weekdays.length && !sameDays(s.weekdays, initial.schedule.weekdays)) schedule.rrule = weeklyRule(s.weekdays);
  if (s.startTime !== group.schedule.startTime) schedule.startTime = s.startTime;
  if (Number(s.durationMinutes) !== group.schedule.durationMinutes)
    schedule.durationMinutes = Number(s.durationMinutes);
  if (s.roomId !== group.schedule.roomId) schedule.roomId = s.roomId;
  if ((s.endDate || null) !== group.schedule.endDate) schedule.endDate = s.endDate || null;
  if (Object.keys(schedule).length) patch.schedule = schedule;
  return patch;
}

function GroupEditForm({ group, onDone }: { group: Group; onDone: () => void }) {
  const lookups = useSchedulingLookups();
  const update = useUpdateGroup(group.id);
  const today = localParts(new Date(), group.timeZone).date;
  // A rule other than "every week on these days" is kept unless days are chosen here.
  const ruleDays = weeklyDays(group.schedule.rrule);
  const initialValues: EditValues = {
    name: group.name,
    capacity: group.capacity,
    active: group.active,
    schedule: {
      weekdays: ruleDays ?? [],
      startTime: group.schedule.startTime,
      durationMinutes: group.schedule.durationMinutes,
      roomId: group.schedule.roomId,
      endDate: group.schedule.endDate ?? '',
    },
    effectiveFrom: today,
  };
  const form = useForm<EditValues>({
    initialValues,
    validate: {
      name: required('Name'),
      capacity: wholeNumber('Capacity', 1, 100),
      schedule: {
        weekdays: (v) => (ruleDays ? weekdaysRule(v) : null),
        startTime: startTimeRule,
        durationMinutes: wholeNumber('Minutes', 5, 720),
        roomId: required('Room'),
        endDate: (v, values) =>
          v && v < values.effectiveFrom ? 'The last date is before the date the change applies from' : null,
      },
      effectiveFrom: (v: string) =>
        required('Effective from')(v) ?? (v < today ? 'A change cannot apply to past dates' : null),
    },
  });

  const submit = (v: EditValues, override?: { reason: string }) => {
    const patch = changes(group, initialValues, v);
    if (Object.keys(patch).length === 0) {
      notifySuccess('Nothing changed.');
      onDone();
      return;
    }
    update.mutate(
      { ...patch, effectiveFrom: v.effectiveFrom, ...(override ? { override } : {}) },
      {
        onSuccess: () => {
          notifySuccess(`${v.name.trim()} updated.`);
          onDone();
        },
        onError: (error) => {
          if (isScheduleConflict(error)) return;
          // Fewer places than patients already hold on a coming date: said on the field, in full.
          if (isApiError(error) && error.code === 'scheduling.capacity_below_enrolled') {
            form.setFieldError('capacity', error.message);
            notifyError(error, 'Capacity not lowered');
            return;
          }
          notifyFormError(form, error, SCHEDULE_ERROR_ALIASES);
        },
      },
    );
  };

  return (
    <form onSubmit={form.onSubmit((v) => submit(v))} noValidate aria-label="Edit group">
      <Stack gap="sm">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Group name" required data-autofocus maxLength={200} {...form.getInputProps('name')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <NumberInput
              label="Capacity"
              description="Patients"
              required
              min={1}
              max={100}
              allowDecimal={false}
              {...form.getInputProps('capacity')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }} pt={{ base: 'lg', sm: 'xl' }}>
            <Switch label="Active" {...form.getInputProps('active', { type: 'checkbox' })} />
          </Grid.Col>
        </Grid>
        <WeekdaysField
          description={ruleDays ? undefined : `Now: ${group.schedule.rrule}. Choose days to replace it.`}
          {...form.getInputProps('schedule.weekdays')}
        />
        <Grid gap="sm">
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <TimeInput label="Start time" required {...form.getInputProps('schedule.startTime')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <MinutesInput required {...form.getInputProps('schedule.durationMinutes')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label="Room"
              required
              data={lookups.roomOptions(group.programId)}
              nothingFoundMessage="No active rooms at this program's site"
              {...form.getInputProps('schedule.roomId')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 6 }}>
            <DateField
              label="Last date"
              description="Empty: the group goes on."
              clearable
              {...form.getInputProps('schedule.endDate')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 6 }}>
            <DateField
              label="Effective from"
              description="Today or later."
              required
              {...form.getInputProps('effectiveFrom')}
            />
          </Grid.Col>
        </Grid>
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} p="xs">
          <Text size="sm">
            Changes apply to sessions from this date that were not moved, cancelled or re-staffed by hand; past sessions
            never change. Times are the site&apos;s local time.
          </Text>
        </Alert>
        {isScheduleConflict(update.error) && (
          <ConflictAlert
            error={update.error}
            timeZone={group.timeZone}
            submitting={update.isPending}
            onOverride={(reason) => submit(form.getValues(), { reason })}
          />
        )}
        <FormActions submitLabel="Save changes" submitting={update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
