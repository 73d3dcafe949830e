import { Anchor, Badge, Grid, Group, MultiSelect, Paper, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { BackLink } from '../../ui/back-link';
import { DataTable, type Column } from '../../ui/data-table';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { formatName } from '../../ui/format';
import { notifyFormError } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header';
import { Section } from '../../ui/section';
import { EmptyState } from '../../ui/states';
import { required } from '../../ui/validators';
import { useAllGroups, useBulkEnroll, type BulkEnrollmentResult } from './groups.api';
import { useSchedulingLookups } from './lookups';

type Result = BulkEnrollmentResult['results'][number];

const OUTCOMES: Record<Result['outcome'], { label: string; color: string }> = {
  enrolled: { label: 'Enrolled', color: 'teal' },
  waitlisted: { label: 'Waitlisted', color: 'yellow.4' },
  skipped: { label: 'Skipped', color: 'gray' },
};

const SKIP_REASONS: Record<string, string> = {
  already_enrolled: 'Already enrolled or waitlisted on these dates',
  group_ended: 'The group has ended or is inactive',
  outside_group_dates: "Outside the group's dates",
};

interface BulkValues {
  programId: string;
  groupIds: string[];
  startDate: string;
  endDate: string;
}

/** Every patient of a program into several groups at once (a new cohort), with the outcome per patient and group. */
export function BulkEnrollmentPage() {
  const [params] = useSearchParams();
  const lookups = useSchedulingLookups();
  const bulk = useBulkEnroll();
  const form = useForm<BulkValues>({
    initialValues: {
      programId: params.get('programId') ?? '',
      groupIds: [],
      startDate: dayjs().format('YYYY-MM-DD'),
      endDate: '',
    },
    validate: {
      programId: required('Program'),
      groupIds: (v) => (v.length ? null : 'Choose at least one group'),
      startDate: required('Start date'),
      endDate: (v, values) => (v && v < values.startDate ? 'The end date is before the start date' : null),
    },
  });
  const programId = form.values.programId;
  const groups = useAllGroups(programId, programId !== '');
  const groupName = (id: string) => groups.data?.find((g) => g.id === id)?.name ?? '—';

  const submit = (v: BulkValues) =>
    bulk.mutate(
      {
        programId: v.programId,
        groupIds: v.groupIds,
        startDate: v.startDate,
        ...(v.endDate ? { endDate: v.endDate } : {}),
      },
      { onError: (error) => notifyFormError(form, error) },
    );

  return (
    <Stack gap="md">
      <BackLink to="/groups">All groups</BackLink>
      <PageHeader
        title="Bulk enrollment"
        description="Enrolls every patient with an open episode in the program into each chosen group. Full groups put patients on their waitlist."
      />
      <Paper withBorder p="md" radius="md">
        <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Bulk enrollment">
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Select
                label="Program"
                required
                data={lookups.programOptions()}
                {...form.getInputProps('programId')}
                onChange={(value) => {
                  form.setFieldValue('programId', value ?? '');
                  form.setFieldValue('groupIds', []);
                }}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <MultiSelect
                label="Groups"
                required
                searchable
                disabled={!programId}
                placeholder={programId ? 'Choose groups' : 'Choose a program first'}
                nothingFoundMessage="No active groups in this program"
                data={(groups.data ?? []).filter((g) => g.active).map((g) => ({ value: g.id, label: g.name }))}
                {...form.getInputProps('groupIds')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <DateField label="Start date" required {...form.getInputProps('startDate')} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <DateField label="End date" clearable {...form.getInputProps('endDate')} />
            </Grid.Col>
          </Grid>
          <FormActions submitLabel="Enroll patients" submitting={bulk.isPending} />
        </form>
      </Paper>
      {bulk.data && <BulkResults result={bulk.data} groupName={groupName} />}
    </Stack>
  );
}

function BulkResults({ result, groupName }: { result: BulkEnrollmentResult; groupName: (id: string) => string }) {
  const columns: Column<Result>[] = [
    {
      key: 'patient',
      header: 'Patient',
      render: (r) => (
        <Anchor component={Link} to={`/patients/${r.patientId}?tab=schedule`} fw={600}>
          {formatName(r.name)}
        </Anchor>
      ),
    },
    { key: 'group', header: 'Group', render: (r) => groupName(r.groupId) },
    {
      key: 'outcome',
      header: 'Outcome',
      render: (r) => (
        <Badge
          color={OUTCOMES[r.outcome].color}
          c={r.outcome === 'waitlisted' ? 'dark.9' : undefined}
          miw="max-content"
        >
          {OUTCOMES[r.outcome].label}
        </Badge>
      ),
    },
    {
      key: 'detail',
      header: 'Detail',
      render: (r) =>
        r.outcome === 'skipped'
          ? (SKIP_REASONS[r.reason ?? ''] ?? r.reason ?? '—')
          : r.outcome === 'waitlisted'
            ? `Position ${r.waitlistPosition ?? '?'}`
            : '—',
    },
  ];
  const { counts } = result;
  return (
    <Section
      title="Result"
      actions={
        <Group gap="xs">
          <Badge color="teal">{counts.enrolled} enrolled</Badge>
          <Badge color="yellow.4" c="dark.9">
            {counts.waitlisted} waitlisted
          </Badge>
          <Badge color="gray">{counts.skipped} skipped</Badge>
        </Group>
      }
    >
      {result.results.length === 0 ? (
        <EmptyState title="Nobody to enroll" description="The program has no patients with an open episode." />
      ) : (
        <Stack gap="xs">
          <DataTable
            caption="Bulk enrollment result"
            columns={columns}
            rows={result.results}
            rowKey={(r) => `${r.patientId}-${r.groupId}`}
          />
          <Text size="xs" c="dimmed">
            Skipped patients were left as they were; nothing else changed for them.
          </Text>
        </Stack>
      )}
    </Section>
  );
}
