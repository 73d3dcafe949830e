import { Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { formatDate, formatNameNatural } from '../../ui/format';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { required } from '../../ui/validators';
import { useEndEnrollment, useWithdrawEnrollment, type Enrollment } from './groups.api';

/** Ending or withdrawing frees a place; the server moves the first waitlisted patients in. */
const doneMessage = (what: string, promoted: unknown[]) =>
  promoted.length
    ? `${what} ${promoted.length === 1 ? 'One patient' : `${promoted.length} patients`} moved up from the waitlist.`
    : what;

interface ActionProps {
  enrollment: Enrollment;
  groupName: string;
  onDone: () => void;
}

/** The last date the patient is expected; later sessions' rosters drop them. */
export function EndEnrollmentForm({ enrollment, groupName, onDone }: ActionProps) {
  const end = useEndEnrollment();
  const name = formatNameNatural(enrollment.name);
  const form = useForm({
    initialValues: { endDate: dayjs().format('YYYY-MM-DD') },
    validate: {
      endDate: (v: string) =>
        required('End date')(v) ??
        (v < enrollment.startDate ? `The enrollment starts ${formatDate(enrollment.startDate)}` : null),
    },
  });
  const submit = ({ endDate }: { endDate: string }) =>
    end.mutate(
      { id: enrollment.id, endDate },
      {
        onSuccess: (r) => {
          notifySuccess(doneMessage(`${name} leaves ${groupName} after ${formatDate(endDate)}.`, r.promoted));
          onDone();
        },
        onError: (error) => notifyFormError(form, error),
      },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={`End enrollment of ${name}`}>
      <Stack gap="sm">
        <Text size="sm">
          {name} has been enrolled since {formatDate(enrollment.startDate)}. Sessions after the end date no longer
          expect them.
        </Text>
        <DateField label="Last date in the group" required data-autofocus {...form.getInputProps('endDate')} />
        <FormActions submitLabel="End enrollment" submitting={end.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** Takes a patient off the waitlist. */
export function WithdrawForm({ enrollment, groupName, onDone }: ActionProps) {
  const withdraw = useWithdrawEnrollment();
  const name = formatNameNatural(enrollment.name);
  const form = useForm({ initialValues: { reason: '' } });
  const submit = ({ reason }: { reason: string }) =>
    withdraw.mutate(
      { id: enrollment.id, reason: reason.trim() || undefined },
      {
        onSuccess: (r) => {
          notifySuccess(doneMessage(`${name} was withdrawn from ${groupName}.`, r.promoted));
          onDone();
        },
        onError: (error) => notifyFormError(form, error),
      },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={`Withdraw ${name}`}>
      <Stack gap="sm">
        <Text size="sm">
          {name} leaves the waitlist of {groupName}.
        </Text>
        <Textarea
          label="Reason"
          autosize
          minRows={2}
          maxLength={500}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <FormActions submitLabel="Withdraw" submitting={withdraw.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
