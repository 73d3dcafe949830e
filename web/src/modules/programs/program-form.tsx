import { Grid, Input, NumberInput, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormActions } from '../../ui/form-actions';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { required } from '../../ui/validators';
import { useAllSites } from '../organization/organization.api';
import { DEFAULT_MIN_HOURS, LEVELS_OF_CARE, POPULATIONS } from './program-options';
import { useCreateProgram, type ProgramBody } from './programs.api';

interface ProgramValues {
  name: string;
  siteId: string;
  levelOfCare: ProgramBody['levelOfCare'];
  population: ProgramBody['population'] | '';
  minHoursPerWeek: number | string;
}

export function ProgramForm({ onDone }: { onDone: () => void }) {
  const create = useCreateProgram();
  const sites = useAllSites();
  const form = useForm<ProgramValues>({
    initialValues: { name: '', siteId: '', levelOfCare: 'IOP', population: '', minHoursPerWeek: DEFAULT_MIN_HOURS.IOP },
    validate: {
      name: required('Name'),
      siteId: required('Site'),
      population: required('Population'),
      minHoursPerWeek: (v) => {
        const n = Number(v);
        return v !== '' && n >= 0 && n <= 40 ? null : 'Between 0 and 40 hours';
      },
    },
  });

  const setLevel = (level: string) => {
    const levelOfCare = level as ProgramBody['levelOfCare'];
    form.setFieldValue('levelOfCare', levelOfCare);
    if (!form.isDirty('minHoursPerWeek')) form.setFieldValue('minHoursPerWeek', DEFAULT_MIN_HOURS[levelOfCare]);
  };

  const submit = (v: ProgramValues) => {
    if (!v.population) return;
    const body: ProgramBody = {
      name: v.name.trim(),
      siteId: v.siteId,
      levelOfCare: v.levelOfCare,
      population: v.population,
      minHoursPerWeek: Number(v.minHoursPerWeek),
    };
    create.mutate(body, {
      onSuccess: () => {
        notifySuccess(`Program "${body.name}" created.`);
        onDone();
      },
      onError: (error) => notifyFormError(form, error),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="New program">
      <Stack gap="sm">
        <TextInput label="Program name" required data-autofocus {...form.getInputProps('name')} />
        <Select
          label="Site"
          required
          data={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          {...form.getInputProps('siteId')}
        />
        <Input.Wrapper label="Level of care" required id="program-level-label">
          <SegmentedControl
            fullWidth
            aria-labelledby="program-level-label"
            data={LEVELS_OF_CARE}
            value={form.values.levelOfCare}
            onChange={setLevel}
          />
        </Input.Wrapper>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <Select label="Population" required data={POPULATIONS} {...form.getInputProps('population')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <NumberInput
              label="Minimum hours per week"
              required
              min={0}
              max={40}
              step={0.5}
              decimalScale={1}
              {...form.getInputProps('minHoursPerWeek')}
            />
          </Grid.Col>
        </Grid>
        <FormActions submitLabel="Create program" submitting={create.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
