import { Button, Grid, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { DateField } from '../../ui/date-field';
import { matches } from '../../ui/validators';
import type { AuditFilters } from './audit-log.api';

interface FilterValues {
  patientId: string;
  actorId: string;
  action: string;
  from: string;
  to: string;
}

const EMPTY: FilterValues = { patientId: '', actorId: '', action: '', from: '', to: '' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Dates are whole clinic days: "to" includes the whole day (the API's upper bound is exclusive). */
function toFilters(v: FilterValues): AuditFilters {
  const filters: AuditFilters = {};
  if (v.patientId.trim()) filters.patientId = v.patientId.trim();
  if (v.actorId.trim()) filters.actorId = v.actorId.trim();
  if (v.action.trim()) filters.action = v.action.trim();
  if (v.from) filters.from = dayjs(v.from).startOf('day').toISOString();
  if (v.to) filters.to = dayjs(v.to).add(1, 'day').startOf('day').toISOString();
  return filters;
}

export function AuditFiltersForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const form = useForm<FilterValues>({
    initialValues: EMPTY,
    validate: {
      patientId: matches(UUID, 'A patient ID looks like 3f2b…-…; copy it from the table', true),
      actorId: matches(UUID, 'A user ID looks like 3f2b…-…; copy it from the table', true),
      to: (v, values) => (v && values.from && v < values.from ? 'The end date is before the start date' : null),
    },
  });
  return (
    <form onSubmit={form.onSubmit((v) => onApply(toFilters(v)))} noValidate aria-label="Audit log filters">
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <TextInput label="Patient ID" {...form.getInputProps('patientId')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <TextInput label="User ID" {...form.getInputProps('actorId')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4, lg: 2 }}>
          <TextInput label="Action" placeholder="e.g. login" {...form.getInputProps('action')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4, lg: 2 }}>
          <DateField label="From" clearable {...form.getInputProps('from')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4, lg: 2 }}>
          <DateField label="To" clearable {...form.getInputProps('to')} />
        </Grid.Col>
      </Grid>
      <Group justify="flex-end" mt="sm">
        <Button
          variant="default"
          onClick={() => {
            form.setValues(EMPTY);
            onApply({});
          }}
        >
          Clear
        </Button>
        <Button type="submit">Apply filters</Button>
      </Group>
    </form>
  );
}
