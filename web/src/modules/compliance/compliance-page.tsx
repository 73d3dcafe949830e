import { Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { PageHeader } from '../../ui/page-header';
import { QueryView } from '../../ui/query-view';
import { useSearchParamsState } from '../../ui/search-params';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useAllPrograms } from '../programs/programs.api';
import { todayLocal } from '../scheduling/time';
import { useComplianceWeek, type ComplianceWeek } from './compliance.api';
import { attentionFlags, hoursStatus } from './compliance-status';
import { ComplianceTable } from './compliance-table';
import { WeekPicker } from './week-picker';

/** Counts across the week's patients: how many met their hours, and how many need a look. */
function WeekSummary({ week, today }: { week: ComplianceWeek; today: string }) {
  const statuses = week.items.map((item) => hoursStatus(item, week, today));
  const figures = [
    { label: 'Patients', value: week.items.length },
    { label: 'Hours met', value: statuses.filter((s) => s.tone === 'ok').length },
    { label: 'Short of the minimum', value: statuses.filter((s) => s.tone === 'alert').length },
    { label: 'Need attention', value: week.items.filter((item) => attentionFlags(item, week).length > 0).length },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
      {figures.map((f) => (
        <Paper key={f.label} withBorder p="sm" radius="md">
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {f.label}
          </Text>
          <Text component="dd" m={0} size="xl" fw={700}>
            {f.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/**
 * The program director's week: each patient's hours against the program's minimum as a chart, and
 * the absences, unsigned notes, overdue measures, authorizations and recertifications to act on.
 * Program and week live in the address, so a view can be bookmarked and shared.
 */
export function CompliancePage() {
  const [params, update] = useSearchParamsState();
  const programs = useAllPrograms();
  const active = (programs.data ?? []).filter((p) => p.active);
  const programId = params.get('programId');
  const today = todayLocal();
  const weekOf = params.get('week') ?? today;
  const week = useComplianceWeek(programId, weekOf);

  // Open on the first program rather than on an empty page.
  const first = active[0]?.id;
  useEffect(() => {
    if (!programId && first) update({ programId: first });
  }, [programId, first, update]);

  return (
    <>
      <PageHeader
        title="Compliance"
        description="Each patient's week against the program's minimum hours, with what needs attention."
      />
      <Stack gap="md">
        <Paper withBorder p="sm" radius="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <Select
              label="Program"
              placeholder={programs.isPending ? 'Loading programs…' : 'Choose a program'}
              data={active.map((p) => ({ value: p.id, label: `${p.name} (${p.levelOfCare})` }))}
              value={programId}
              onChange={(value) => update({ programId: value })}
              allowDeselect={false}
              searchable
            />
            <WeekPicker weekOf={weekOf} onChange={(value) => update({ week: value })} />
          </SimpleGrid>
        </Paper>
        {programs.isError && <ErrorState error={programs.error} title="Could not load the programs" />}
        {!programId ? (
          programs.isPending ? (
            <LoadingState />
          ) : (
            <EmptyState title="Choose a program" description="The report covers one program at a time." />
          )
        ) : (
          <QueryView
            query={week}
            isEmpty={(data) => data.items.length === 0}
            empty={
              <EmptyState
                title="No patients this week"
                description="Nobody had an episode in this program during the week, or none you may see."
              />
            }
            errorTitle="Could not load the report"
          >
            {(data) => (
              <Stack gap="md">
                <WeekSummary week={data} today={today} />
                <Paper withBorder p="sm" radius="md">
                  <ComplianceTable week={data} today={today} />
                </Paper>
              </Stack>
            )}
          </QueryView>
        )}
      </Stack>
    </>
  );
}
