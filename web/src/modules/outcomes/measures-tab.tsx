import { SimpleGrid, Stack, Title } from '@mantine/core';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { QueryView } from '../../ui/query-view';
import { Section } from '../../ui/section';
import { EmptyState, LoadingState } from '../../ui/states';
import { AssessmentsTable } from './assessments-table';
import { MeasuresDueList } from './measures-due-list';
import { useAssessments, useInstruments, useMeasuresDue, type Assessment, type Instrument } from './outcomes.api';
import { PaperEntryDialog } from './paper-entry-dialog';
import { SelfReportDialog } from './self-report-dialog';
import { TrendChart } from './trend-chart';

/** The chart's outcome measures: what is due, a trend per instrument on its severity bands, every administration. */
export function MeasuresTab({ patientId }: { patientId: string }) {
  const canRecord = can(useRoles(), 'recordOutcomes');
  const due = useMeasuresDue(patientId);
  const assessments = useAssessments(patientId);
  const instruments = useInstruments();
  return (
    <Stack gap="md">
      <Section
        title="Measures due"
        actions={
          canRecord && (
            <>
              <SelfReportDialog patientId={patientId} kind="kiosk" />
              <SelfReportDialog patientId={patientId} kind="link" />
              <PaperEntryDialog patientId={patientId} />
            </>
          )
        }
      >
        <QueryView query={due} loading={<LoadingState rows={1} />} errorTitle="Could not load the measures due">
          {(items) => <MeasuresDueList items={items} />}
        </QueryView>
      </Section>
      <Section title="Outcome measures">
        <QueryView
          query={assessments}
          errorTitle="Could not load the assessments"
          isEmpty={(items) => items.length === 0}
          empty={
            <EmptyState
              title="No assessments yet"
              description="Forms answered at the kiosk, by link or entered from paper appear here with their trend."
            />
          }
        >
          {(items) => <Measures items={items} instruments={instruments.data ?? []} />}
        </QueryView>
      </Section>
    </Stack>
  );
}

function Measures({ items, instruments }: { items: Assessment[]; instruments: Instrument[] }) {
  // A trend per instrument given at least once with a total, in the order instruments are listed.
  const oldestFirst = [...items].reverse();
  const trends = instruments
    .map((instrument) => ({
      instrument,
      points: oldestFirst.filter((a) => a.instrument === instrument.id && a.total !== null),
    }))
    .filter((t) => t.points.length > 0);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {trends.map((t) => (
          <TrendChart key={t.instrument.id} instrument={t.instrument} points={t.points} />
        ))}
      </SimpleGrid>
      <Title order={3} size="h5">
        All administrations
      </Title>
      <AssessmentsTable items={items} instruments={instruments} />
    </Stack>
  );
}
