// The drawer's actions on one occurrence: move it, change its room or staff, cancel it.
import { Grid, Select, Stack, Text, Textarea } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { required } from '../../ui/validators';
import {
  facilitatorRules,
  FacilitatorsField,
  newFacilitator,
  toFacilitators,
  type FacilitatorValue,
  type WithFacilitators,
} from './facilitators-field';
import { useSchedulingLookups } from './lookups';
import type { FacilitatorRole } from './schedule-options';
import { useSessionChange } from './session-update';
import { useCancelSession, type SessionDetail } from './sessions.api';
import { formatDayTime, localParts, minutesBetween, zonedInstant } from './time';
import { MinutesInput } from './schedule-fields';

interface FormProps {
  session: SessionDetail;
  onDone: () => void;
}

/** The keyboard way to move an occurrence (the calendar also takes a drag). */
export function MoveSessionForm({ session, onDone }: FormProps) {
  const start = localParts(session.startsAt, session.timeZone);
  const form = useForm({
    initialValues: {
      date: start.date,
      time: start.time,
      durationMinutes: minutesBetween(session.startsAt, session.endsAt) as number | string,
    },
    validate: {
      date: required('Date'),
      time: (v: string) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? null : 'Enter a start time'),
      durationMinutes: (v: number | string) =>
        Number.isInteger(Number(v)) && Number(v) >= 5 && Number(v) <= 720 ? null : 'Minutes: 5 to 720',
    },
  });
  const change = useSessionChange(session, 'Session moved.', onDone);
  const submit = (v: typeof form.values) => {
    const startsAt = zonedInstant(v.date, v.time, session.timeZone);
    change.send({ startsAt, durationMinutes: Number(v.durationMinutes) });
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Move session">
      <Stack gap="sm">
        <Text size="sm">
          Now {formatDayTime(session.startsAt, session.timeZone)}. Only this occurrence moves; the group&apos;s schedule
          stays as it is.
        </Text>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, xs: 5 }}>
            <DateField label="New date" required data-autofocus {...form.getInputProps('date')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, xs: 4 }}>
            <TimeInput label="Start time" required {...form.getInputProps('time')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, xs: 3 }}>
            <MinutesInput {...form.getInputProps('durationMinutes')} />
          </Grid.Col>
        </Grid>
        <Text size="xs" c="dimmed">
          Times in {session.timeZone}.
        </Text>
        {change.feedback}
        <FormActions submitLabel="Move session" submitting={change.pending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

interface StaffingValues extends WithFacilitators {
  roomId: string | null;
}

/** A substitute facilitator or another room for this occurrence only. */
export function StaffingForm({ session, onDone }: FormProps) {
  const lookups = useSchedulingLookups();
  const form = useForm<StaffingValues>({
    initialValues: {
      roomId: session.roomId,
      facilitators: session.facilitators.map((f): FacilitatorValue =>
        newFacilitator(f.staffId, f.role as FacilitatorRole),
      ),
    },
    validate: { ...facilitatorRules },
  });
  const change = useSessionChange(session, 'Room and staff updated.', onDone);
  const submit = (v: StaffingValues) => change.send({ roomId: v.roomId, facilitators: toFacilitators(v.facilitators) });
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Change room or staff">
      <Stack gap="sm">
        <Select
          label="Room"
          placeholder="No room (telehealth)"
          clearable
          data={lookups.roomOptions(session.programId)}
          {...form.getInputProps('roomId')}
        />
        <FacilitatorsField
          form={form as unknown as UseFormReturnType<WithFacilitators>}
          staffOptions={lookups.clinicianOptions()}
        />
        {change.feedback}
        <FormActions submitLabel="Save changes" submitting={change.pending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** Cancels one occurrence; the reason is kept on the session and shown on calendars. */
export function CancelSessionForm({ session, onDone }: FormProps) {
  const cancel = useCancelSession();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v: string) => (v.trim().length >= 3 ? null : 'Give a reason (at least 3 characters)') },
  });
  const submit = ({ reason }: { reason: string }) =>
    cancel.mutate(
      { id: session.id, reason: reason.trim() },
      {
        onSuccess: () => {
          notifySuccess('Session cancelled.');
          onDone();
        },
        onError: (error) => notifyFormError(form, error),
      },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Cancel session">
      <Stack gap="sm">
        <Textarea
          label="Reason for cancelling"
          required
          autosize
          minRows={2}
          maxLength={500}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <FormActions
          submitLabel="Cancel session"
          submitting={cancel.isPending}
          onCancel={onDone}
          cancelLabel="Keep session"
        />
      </Stack>
    </form>
  );
}
