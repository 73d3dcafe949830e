import { Grid, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { required } from '../../ui/validators';
import { LEVELS_OF_CARE } from '../programs/program-options';
import { priorityLabel } from './coverage-options';
import { useAddAuthorization, type AuthorizationBody, type Patient } from './patients.api';

interface AuthorizationValues {
  coverageId: string;
  number: string;
  levelOfCare: AuthorizationBody['levelOfCare'] | '';
  startDate: string;
  endDate: string;
  units: number | string;
  unitType: AuthorizationBody['unitType'];
}

const UNIT_TYPES: { value: AuthorizationBody['unitType']; label: string }[] = [
  { value: 'days', label: 'Days' },
  { value: 'sessions', label: 'Sessions' },
  { value: 'hours', label: 'Hours' },
];

export function AuthorizationForm({ patient, onDone }: { patient: Patient; onDone: () => void }) {
  const add = useAddAuthorization(patient.id);
  const primary = [...patient.coverages].sort((a, b) => a.priority - b.priority)[0];
  const form = useForm<AuthorizationValues>({
    initialValues: {
      coverageId: primary?.id ?? '',
      number: '',
      levelOfCare: (patient.activeEpisodes[0]?.levelOfCare as AuthorizationValues['levelOfCare']) ?? '',
      startDate: dayjs().format('YYYY-MM-DD'),
      endDate: '',
      units: '',
      unitType: 'days',
    },
    validate: {
      coverageId: required('Coverage'),
      number: required('Authorization number'),
      levelOfCare: required('Level of care'),
      startDate: required('Start date'),
      endDate: (v, values) => {
        if (!v) return 'End date is required';
        return values.startDate && v < values.startDate ? 'End date must be on or after the start date' : null;
      },
      units: (v) => (Number.isInteger(Number(v)) && Number(v) >= 1 ? null : 'Units is a whole number of at least 1'),
    },
  });

  const submit = (v: AuthorizationValues) => {
    if (!v.levelOfCare) return;
    const body: AuthorizationBody = {
      coverageId: v.coverageId,
      number: v.number.trim(),
      levelOfCare: v.levelOfCare,
      startDate: v.startDate,
      endDate: v.endDate,
      units: Number(v.units),
      unitType: v.unitType,
    };
    add.mutate(body, {
      onSuccess: () => {
        notifySuccess(`Authorization ${body.number} added.`);
        onDone();
      },
      onError: (error) => notifyFormError(form, error),
    });
  };

  const coverageOptions = patient.coverages.map((c) => ({
    value: c.id,
    label: `${priorityLabel(c.priority)}: ${c.payerName ?? 'payer'} (${c.memberId})`,
  }));

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="New authorization">
      <Stack gap="sm">
        <Select label="Coverage" required data={coverageOptions} {...form.getInputProps('coverageId')} />
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <TextInput label="Authorization number" required data-autofocus {...form.getInputProps('number')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <Select label="Level of care" required data={LEVELS_OF_CARE} {...form.getInputProps('levelOfCare')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DateField label="Start date" required {...form.getInputProps('startDate')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <DateField label="End date" required {...form.getInputProps('endDate')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 6 }}>
            <NumberInput
              label="Units authorized"
              required
              min={1}
              allowDecimal={false}
              {...form.getInputProps('units')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 6 }}>
            <Select
              label="Unit type"
              required
              data={UNIT_TYPES}
              allowDeselect={false}
              {...form.getInputProps('unitType')}
            />
          </Grid.Col>
        </Grid>
        <FormActions submitLabel="Add authorization" submitting={add.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
