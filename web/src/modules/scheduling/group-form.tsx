import { Grid, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm, type UseFormReturnType } from '@mantine/form';
import dayjs from 'dayjs';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { required } from '../../ui/validators';
import { ConflictAlert, isScheduleConflict } from './conflict-alert';
import {
  facilitatorRules,
  FacilitatorsField,
  newFacilitator,
  toFacilitators,
  type FacilitatorValue,
  type WithFacilitators,
} from './facilitators-field';
import { useCreateGroup, type GroupBody } from './groups.api';
import { useSchedulingLookups } from './lookups';
import {
  SCHEDULE_ERROR_ALIASES,
  startTimeRule,
  WeekdaysField,
  weekdaysRule,
  wholeNumber,
  MinutesInput,
} from './schedule-fields';
import { GROUP_KINDS, weeklyRule, type GroupKind } from './schedule-options';

interface GroupValues {
  programId: string;
  name: string;
  kind: GroupKind | '';
  capacity: number | string;
  roomId: string;
  facilitators: FacilitatorValue[];
  schedule: {
    startDate: string;
    endDate: string;
    weekdays: string[];
    startTime: string;
    durationMinutes: number | string;
  };
}

/** A recurring group: who, where, and a weekly schedule the server turns into sessions. */
export function GroupForm({
  programId,
  onCreated,
  onCancel,
}: {
  programId: string | null;
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const create = useCreateGroup();
  const lookups = useSchedulingLookups();
  const form = useForm<GroupValues>({
    initialValues: {
      programId: programId ?? '',
      name: '',
      kind: '',
      capacity: 8,
      roomId: '',
      facilitators: [newFacilitator()],
      schedule: {
        startDate: dayjs().format('YYYY-MM-DD'),
        endDate: '',
        weekdays: [],
        startTime: '09:00',
        durationMinutes: 90,
      },
    },
    validate: {
      programId: required('Program'),
      name: required('Name'),
      kind: required('Kind'),
      capacity: wholeNumber('Capacity', 1, 100),
      roomId: required('Room'),
      ...facilitatorRules,
      schedule: {
        startDate: required('Start date'),
        endDate: (v, values) => (v && v < values.schedule.startDate ? 'The end date is before the start date' : null),
        weekdays: weekdaysRule,
        startTime: startTimeRule,
        durationMinutes: wholeNumber('Minutes', 5, 720),
      },
    },
  });

  const toBody = (v: GroupValues, override?: { reason: string }): GroupBody | null => {
    if (!v.kind) return null;
    return {
      programId: v.programId,
      name: v.name.trim(),
      kind: v.kind,
      capacity: Number(v.capacity),
      roomId: v.roomId,
      facilitators: toFacilitators(v.facilitators),
      schedule: {
        startDate: v.schedule.startDate,
        ...(v.schedule.endDate ? { endDate: v.schedule.endDate } : {}),
        rrule: weeklyRule(v.schedule.weekdays),
        startTime: v.schedule.startTime,
        durationMinutes: Number(v.schedule.durationMinutes),
      },
      ...(override ? { override } : {}),
    };
  };

  const submit = (v: GroupValues, override?: { reason: string }) => {
    const body = toBody(v, override);
    if (!body) return;
    create.mutate(body, {
      onSuccess: ({ id }) => {
        notifySuccess(`Group "${body.name}" created; its sessions are on the calendar.`);
        onCreated(id);
      },
      // A conflict is shown in the form with the way out; other errors go on their fields.
      onError: (error) => !isScheduleConflict(error) && notifyFormError(form, error, SCHEDULE_ERROR_ALIASES),
    });
  };

  return (
    <form onSubmit={form.onSubmit((v) => submit(v))} noValidate aria-label="New group">
      <Stack gap="sm">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label="Program"
              required
              data={lookups.programOptions()}
              {...form.getInputProps('programId')}
              onChange={(value) => {
                form.setFieldValue('programId', value ?? '');
                form.setFieldValue('roomId', '');
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Group name" required data-autofocus maxLength={200} {...form.getInputProps('name')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <Select label="Kind" required data={GROUP_KINDS} {...form.getInputProps('kind')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label="Room"
              required
              data={lookups.roomOptions(form.values.programId)}
              nothingFoundMessage="No active rooms at this program's site"
              {...form.getInputProps('roomId')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
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
        </Grid>
        <FacilitatorsField
          form={form as unknown as UseFormReturnType<WithFacilitators>}
          staffOptions={lookups.clinicianOptions()}
        />
        <WeekdaysField {...form.getInputProps('schedule.weekdays')} />
        <Grid gap="sm">
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <DateField label="First date" required {...form.getInputProps('schedule.startDate')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <DateField label="Last date" clearable {...form.getInputProps('schedule.endDate')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <TimeInput label="Start time" required {...form.getInputProps('schedule.startTime')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <MinutesInput required {...form.getInputProps('schedule.durationMinutes')} />
          </Grid.Col>
        </Grid>
        <Text size="xs" c="dimmed">
          Times are the site&apos;s local time. Leave the last date empty for an ongoing group.
        </Text>
        {isScheduleConflict(create.error) && (
          <ConflictAlert
            error={create.error}
            timeZone={lookups.roomTimeZone(form.values.roomId)}
            submitting={create.isPending}
            onOverride={(reason) => submit(form.getValues(), { reason })}
          />
        )}
        <FormActions submitLabel="Create group" submitting={create.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
