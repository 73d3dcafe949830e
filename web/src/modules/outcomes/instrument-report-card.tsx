import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Instrument } from './outcomes.api';
import type { InstrumentReport, PeriodSummary } from './reports.api';

/** One decimal, with a true minus sign. */
const decimal = (value: number) => `${value < 0 ? '−' : ''}${Math.abs(value).toFixed(1)}`;
const signed = (value: number) => (value > 0 ? `+${decimal(value)}` : decimal(value));
const percent = (rate: number) => `${Math.round(rate * 100)}%`;

interface ComparisonProps {
  current: number | null | undefined;
  previous: number | null | undefined;
  /** Which way is improvement: a falling score, or a rising rate. */
  better: 'lower' | 'higher';
  format: (value: number) => string;
  /** How the difference reads ("3.2 points", "25 percentage points"). */
  unit: string;
}

const TONE_COLORS = { same: 'gray.7', better: 'teal.9', worse: 'red.9' } as const;

/**
 * This period against the previous one: an arrow for the direction, coloured by whether that is
 * better or worse, and the same said in words (the colour and the arrow never carry it alone).
 */
function Comparison({ current, previous, better, format, unit }: ComparisonProps) {
  if (previous === null || previous === undefined) {
    return (
      <Text size="xs" c="dimmed">
        No previous figure
      </Text>
    );
  }
  if (current === null || current === undefined) {
    return (
      <Text size="xs" c="dimmed">
        Previous {format(previous)}
      </Text>
    );
  }
  const difference = current - previous;
  const tone = Math.abs(difference) < 1e-9 ? 'same' : (better === 'lower') === difference < 0 ? 'better' : 'worse';
  const Arrow = tone === 'same' ? IconArrowRight : difference > 0 ? IconArrowUpRight : IconArrowDownRight;
  return (
    <Text size="xs">
      <Text span c={TONE_COLORS[tone]} fw={600}>
        <Arrow size={14} aria-hidden style={{ verticalAlign: 'middle', marginRight: 2 }} />
        {tone === 'same'
          ? 'No change'
          : `${difference > 0 ? 'Up' : 'Down'} ${format(Math.abs(difference))} ${unit}, ${tone}`}
      </Text>{' '}
      <Text span c="dimmed">
        (previous {format(previous)})
      </Text>
    </Text>
  );
}

function Figure({
  label,
  value,
  detail,
  comparison,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  comparison?: ReactNode;
}) {
  return (
    <Stack gap={2} component="div">
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Stack component="dd" m={0} gap={2}>
        <Group gap={6} align="baseline" wrap="wrap">
          <Text size="xl" fw={700} lh={1.2}>
            {value}
          </Text>
          {detail && (
            <Text size="xs" c="dimmed">
              {detail}
            </Text>
          )}
        </Group>
        {comparison}
      </Stack>
    </Stack>
  );
}

function RateFigure({
  label,
  rule,
  current,
  previous,
  instrument,
}: {
  label: string;
  rule: string;
  current: PeriodSummary['response'];
  previous: PeriodSummary['response'];
  instrument: string;
}) {
  if (current === null) {
    return <Figure label={label} value="—" detail={`${instrument} defines no ${label.toLowerCase()} rule`} />;
  }
  return (
    <Figure
      label={label}
      value={current.rate === null ? '—' : percent(current.rate)}
      detail={[`${current.count} of ${current.eligible}`, rule].filter(Boolean).join(' · ')}
      comparison={
        <Comparison
          current={current.rate}
          previous={previous?.rate}
          better="higher"
          format={(rate) => `${Math.round(rate * 100)}`}
          unit="points"
        />
      }
    />
  );
}

/** The instrument's own rules in words (its definition's scoring, as the server applies them). */
function ruleTexts(definition: Instrument | undefined) {
  const { response, remission } = definition?.scoring ?? {};
  return {
    response: response?.percentDrop
      ? `drop of ${response.percentDrop}% or more`
      : response?.pointDrop
        ? `drop of ${response.pointDrop} points or more`
        : '',
    remission: remission ? `latest below ${remission.below}` : '',
  };
}

/** One instrument's period: who was followed up, how far they moved, and how many responded or remitted. */
export function InstrumentReportCard({ report, definition }: { report: InstrumentReport; definition?: Instrument }) {
  const { current, previous, instrument } = report;
  const headingId = `report-${instrument}`;
  const rules = ruleTexts(definition);
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {instrument}
          </Title>
          <Text size="xs" c="dimmed">
            {report.title}
          </Text>
        </div>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="md" component="dl" m={0}>
          <Figure
            label="Patients followed up"
            value={current.patients}
            comparison={
              <Text size="xs" c="dimmed">
                previous {previous.patients}
              </Text>
            }
          />
          <Figure
            label="Mean change from baseline"
            value={current.change.mean === null ? '—' : signed(current.change.mean)}
            detail={
              current.change.ci95
                ? `95% CI ${signed(current.change.ci95.lower)} to ${signed(current.change.ci95.upper)}`
                : current.change.mean === null
                  ? undefined
                  : 'one patient: no interval'
            }
            comparison={
              <Comparison
                current={current.change.mean}
                previous={previous.change.mean}
                better="lower"
                format={decimal}
                unit="points"
              />
            }
          />
          <Figure
            label="Mean baseline → latest"
            value={
              current.baseline.mean === null || current.latest.mean === null
                ? '—'
                : `${decimal(current.baseline.mean)} → ${decimal(current.latest.mean)}`
            }
          />
          <Figure
            label="Reliable change"
            value={current.reliableImprovement === null ? '—' : `${current.reliableImprovement} improved`}
            detail={
              current.reliableDeterioration === null ? undefined : `${current.reliableDeterioration} deteriorated`
            }
          />
          <RateFigure
            label="Response"
            rule={rules.response}
            current={current.response}
            previous={previous.response}
            instrument={instrument}
          />
          <RateFigure
            label="Remission"
            rule={rules.remission}
            current={current.remission}
            previous={previous.remission}
            instrument={instrument}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
