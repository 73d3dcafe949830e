import { Grid, Select, Stack, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { required } from '../../ui/validators';
import { ConflictAlert, isScheduleConflict } from './conflict-alert';
import { useSchedulingLookups } from './lookups';
import { INDIVIDUAL_KINDS, MODALITIES, type IndividualKind, type Modality } from './schedule-options';
import { useBookAppointment, type AppointmentBody, type AppointmentResult } from './sessions.api';
import { addDays, browserTimeZone, todayLocal, zonedInstant } from './time';
import { WarningsNotice } from './warnings-notice';
import { MinutesInput } from './schedule-fields';

interface AppointmentValues {
  kind: IndividualKind | '';
  staffId: string;
  date: string;
  time: string;
  durationMinutes: number | string;
  roomId: string | null;
  modality: Modality;
}

// The form asks for a date and a time; the server names the instant they make.
const ERROR_ALIASES = { startsAt: 'time' };

/** An individual appointment (therapy, family, psychiatric evaluation, medication management). */
export function BookAppointmentForm({
  patientId,
  programId,
  onDone,
}: {
  patientId: string;
  /** The patient's program: its site's rooms and clock. */
  programId: string | null;
  onDone: () => void;
}) {
  const book = useBookAppointment();
  const lookups = useSchedulingLookups();
  const [booked, setBooked] = useState<AppointmentResult | null>(null);
  const form = useForm<AppointmentValues>({
    initialValues: {
      kind: '',
      staffId: '',
      date: addDays(todayLocal(), 1),
      time: '10:00',
      durationMinutes: 50,
      roomId: null,
      modality: 'in_person',
    },
    validate: {
      kind: required('Kind'),
      staffId: required('Clinician'),
      date: required('Date'),
      time: (v) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? null : 'Enter a start time'),
      durationMinutes: (v) =>
        Number.isInteger(Number(v)) && Number(v) >= 5 && Number(v) <= 720 ? null : 'Minutes: 5 to 720',
    },
  });
  const timeZone = lookups.roomTimeZone(form.values.roomId) ?? lookups.programTimeZone(programId) ?? browserTimeZone();

  if (booked) return <WarningsNotice done="The appointment is booked." warnings={booked.warnings} onDone={onDone} />;

  const submit = (v: AppointmentValues, override?: { reason: string }) => {
    if (!v.kind) return;
    const body: AppointmentBody = {
      kind: v.kind,
      patientId,
      staffId: v.staffId,
      startsAt: zonedInstant(v.date, v.time, timeZone),
      durationMinutes: Number(v.durationMinutes),
      modality: v.modality,
      ...(v.roomId ? { roomId: v.roomId } : {}),
      ...(override ? { override } : {}),
    };
    book.mutate(body, {
      onSuccess: (result) => {
        notifySuccess('Appointment booked.');
        if (result.warnings.length) setBooked(result);
        else onDone();
      },
      onError: (error) => !isScheduleConflict(error) && notifyFormError(form, error, ERROR_ALIASES),
    });
  };

  return (
    <form onSubmit={form.onSubmit((v) => submit(v))} noValidate aria-label="Book appointment">
      <Stack gap="sm">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select label="Kind" required data-autofocus data={INDIVIDUAL_KINDS} {...form.getInputProps('kind')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label="Clinician"
              required
              searchable
              data={lookups.clinicianOptions()}
              nothingFoundMessage="No staff match"
              {...form.getInputProps('staffId')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <DateField label="Date" required {...form.getInputProps('date')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <TimeInput label="Start time" required {...form.getInputProps('time')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <MinutesInput required {...form.getInputProps('durationMinutes')} step={5} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label="Modality"
              required
              allowDeselect={false}
              data={MODALITIES}
              {...form.getInputProps('modality')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label="Room"
              placeholder="No room"
              clearable
              data={lookups.roomOptions(programId)}
              {...form.getInputProps('roomId')}
            />
          </Grid.Col>
        </Grid>
        <Text size="xs" c="dimmed">
          Times in {timeZone}.
        </Text>
        {isScheduleConflict(book.error) && (
          <ConflictAlert
            error={book.error}
            timeZone={timeZone}
            submitting={book.isPending}
            onOverride={(reason) => submit(form.getValues(), { reason })}
          />
        )}
        <FormActions submitLabel="Book appointment" submitting={book.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
