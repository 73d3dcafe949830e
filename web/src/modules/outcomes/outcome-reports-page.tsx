import { Button, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { DateField } from '../../ui/date-field';
import { PageHeader } from '../../ui/page-header';
import { QueryView } from '../../ui/query-view';
import { useSearchParamsState } from '../../ui/search-params';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useAllPrograms } from '../programs/programs.api';
import { todayLocal } from '../scheduling/time';
import { InstrumentReportCard } from './instrument-report-card';
import { useInstruments } from './outcomes.api';
import { PERIOD_PRESETS, periodLength, type Period } from './report-period';
import { ReportMeansChart } from './report-means-chart';
import { reportCsvUrl, useOutcomeReport, type OutcomeReport, type ReportQuery } from './reports.api';

const formatPeriod = ({ from, to }: Period) =>
  `${dayjs(from).format('MMM D, YYYY')} – ${dayjs(to).format('MMM D, YYYY')}`;

function PeriodSummaryLine({ report }: { report: OutcomeReport }) {
  return (
    <Text size="sm" aria-live="polite" data-testid="report-period">
      <Text span fw={700}>
        {formatPeriod(report.period)}
      </Text>{' '}
      ({periodLength(report.period)} days), compared with {formatPeriod(report.previousPeriod)}
    </Text>
  );
}

/**
 * Program outcome reports: per instrument, the patients with a baseline and a follow-up in the
 * period, their mean change, response and remission against the period before, a chart of mean
 * baseline and latest scores, and the per-patient CSV. Program and period live in the address.
 */
export function OutcomeReportsPage() {
  const [params, update] = useSearchParamsState();
  const programs = useAllPrograms();
  const instruments = useInstruments();
  const active = (programs.data ?? []).filter((p) => p.active);
  const programId = params.get('programId');
  const from = params.get('from');
  const to = params.get('to');
  const query: ReportQuery | null = programId ? { programId, ...(from && to ? { from, to } : {}) } : null;
  const report = useOutcomeReport(query);
  // The address names the period; without one it is the server's default, as the report says.
  const period = from && to ? { from, to } : (report.data?.period ?? null);

  // Open on the first program rather than on an empty page.
  const first = active[0]?.id;
  useEffect(() => {
    if (!programId && first) update({ programId: first });
  }, [programId, first, update]);

  const today = todayLocal();
  const choosePeriod = (chosen: Period | null) => update({ from: chosen?.from ?? null, to: chosen?.to ?? null });
  // One end typed: the other stays where it is (in the address, else the report's), so the period is whole.
  const reported = report.data?.period;
  const setEnd = (end: 'from' | 'to', value: string | null) => {
    if (!value) return;
    update((current) => {
      const [start, finish] = [current.get('from'), current.get('to')];
      const whole = start && finish ? { from: start, to: finish } : reported;
      return whole ? { ...whole, [end]: value } : {};
    });
  };

  return (
    <>
      <PageHeader
        title="Outcomes"
        description="How the program's patients changed from their baseline, against the period before."
        actions={
          query &&
          report.isSuccess && (
            <Button
              component="a"
              href={reportCsvUrl(query)}
              download
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden />}
            >
              Download CSV
            </Button>
          )
        }
      />
      <Stack gap="md">
        <Paper withBorder p="sm" radius="md">
          <Stack gap="sm">
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
              <Group gap="xs" align="flex-end" wrap="wrap">
                <DateField label="From" value={period?.from ?? null} onChange={(v) => setEnd('from', v)} w={150} />
                <DateField label="To" value={period?.to ?? null} onChange={(v) => setEnd('to', v)} w={150} />
              </Group>
            </SimpleGrid>
            <Group gap="xs" role="group" aria-label="Period">
              {PERIOD_PRESETS.map((preset) => {
                const chosen = preset.period(today);
                const pressed = chosen ? chosen.from === from && chosen.to === to : !from && !to;
                return (
                  <Button
                    key={preset.key}
                    size="xs"
                    variant={pressed ? 'filled' : 'default'}
                    aria-pressed={pressed}
                    onClick={() => choosePeriod(chosen)}
                  >
                    {preset.label}
                  </Button>
                );
              })}
            </Group>
          </Stack>
        </Paper>
        {programs.isError && <ErrorState error={programs.error} title="Could not load the programs" />}
        {!query ? (
          programs.isPending ? (
            <LoadingState />
          ) : (
            <EmptyState title="Choose a program" description="The report covers one program at a time." />
          )
        ) : (
          <QueryView
            query={report}
            errorTitle="Could not load the report"
            isEmpty={(data) => data.instruments.every((i) => i.current.patients === 0 && i.previous.patients === 0)}
            empty={
              <Stack gap="sm">
                {report.data && <PeriodSummaryLine report={report.data} />}
                <EmptyState
                  title="No follow-ups in this period"
                  description="Nobody you may see had a baseline and a later measure in this period or the one before it."
                />
              </Stack>
            }
          >
            {(data) => (
              <Stack gap="md">
                <PeriodSummaryLine report={data} />
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                  {data.instruments
                    .filter((i) => i.current.patients > 0 || i.previous.patients > 0)
                    .map((i) => (
                      <InstrumentReportCard
                        key={i.instrument}
                        report={i}
                        definition={instruments.data?.find((d) => d.id === i.instrument)}
                      />
                    ))}
                </SimpleGrid>
                <ReportMeansChart reports={data.instruments} />
              </Stack>
            )}
          </QueryView>
        )}
      </Stack>
    </>
  );
}
