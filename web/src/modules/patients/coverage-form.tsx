import { Grid, Select, Stack, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { required } from '../../ui/validators';
import { useAllPayers } from '../payers/payers.api';
import { PRIORITIES, RELATIONSHIPS } from './coverage-options';
import { useAddCoverage, type CoverageBody, type Patient } from './patients.api';

interface CoverageValues {
  payerId: string;
  memberId: string;
  priority: string;
  relationship: CoverageBody['relationship'];
  subscriber: { name: { given: string; family: string }; birthDate: string; sex: string };
}

/** Subscriber fields are needed only when the patient is not the policy holder (X12 loop 2010BA). */
const whenNotSelf = (label: string) => (value: string, values: CoverageValues) =>
  values.relationship !== 'self' && !value.trim() ? `${label} is required` : null;

export function CoverageForm({ patient, onDone }: { patient: Patient; onDone: () => void }) {
  const add = useAddCoverage(patient.id);
  const payers = useAllPayers();
  const nextPriority = String(Math.min(3, patient.coverages.length + 1));
  const form = useForm<CoverageValues>({
    initialValues: {
      payerId: '',
      memberId: '',
      priority: nextPriority,
      relationship: 'self',
      subscriber: { name: { given: '', family: '' }, birthDate: '', sex: '' },
    },
    validate: {
      payerId: required('Payer'),
      memberId: required('Member ID'),
      priority: required('Priority'),
      subscriber: {
        name: { given: whenNotSelf('Subscriber first name'), family: whenNotSelf('Subscriber last name') },
      },
    },
  });

  const submit = (v: CoverageValues) => {
    const s = v.subscriber;
    const body: CoverageBody = {
      payerId: v.payerId,
      memberId: v.memberId.trim(),
      priority: Number(v.priority) as CoverageBody['priority'],
      relationship: v.relationship,
      ...(v.relationship === 'self'
        ? {}
        : {
            subscriber: {
              name: { given: s.name.given.trim(), family: s.name.family.trim() },
              ...(s.birthDate ? { birthDate: s.birthDate } : {}),
              ...(s.sex ? { sex: s.sex as 'F' | 'M' | 'U' } : {}),
            },
          }),
    };
    add.mutate(body, {
      onSuccess: () => {
        notifySuccess('Coverage added.');
        onDone();
      },
      onError: (error) => notifyFormError(form, error),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="New coverage">
      <Stack gap="sm">
        <Select
          label="Payer"
          required
          searchable
          data={(payers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          nothingFoundMessage={payers.isPending ? 'Loading payers…' : 'No payers match'}
          data-autofocus
          {...form.getInputProps('payerId')}
        />
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <TextInput label="Member ID" required {...form.getInputProps('memberId')} />
          </Grid.Col>
          <Grid.Col span={{ base: 5, sm: 3 }}>
            <Select
              label="Priority"
              required
              data={PRIORITIES}
              allowDeselect={false}
              {...form.getInputProps('priority')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 7, sm: 4 }}>
            <Select
              label="Relationship to subscriber"
              required
              data={RELATIONSHIPS}
              allowDeselect={false}
              {...form.getInputProps('relationship')}
            />
          </Grid.Col>
        </Grid>
        {form.values.relationship !== 'self' && <SubscriberFields form={form} />}
        <FormActions submitLabel="Add coverage" submitting={add.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function SubscriberFields({ form }: { form: UseFormReturnType<CoverageValues> }) {
  return (
    <Grid gap="sm" role="group" aria-label="Subscriber">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Subscriber first name" required {...form.getInputProps('subscriber.name.given')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Subscriber last name" required {...form.getInputProps('subscriber.name.family')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <DateField label="Subscriber birth date" clearable {...form.getInputProps('subscriber.birthDate')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label="Subscriber sex"
          data={[
            { value: 'F', label: 'Female' },
            { value: 'M', label: 'Male' },
            { value: 'U', label: 'Unknown' },
          ]}
          {...form.getInputProps('subscriber.sex')}
        />
      </Grid.Col>
    </Grid>
  );
}
