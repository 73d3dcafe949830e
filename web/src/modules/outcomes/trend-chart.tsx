import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { humanize } from '../../ui/format';
import { ChangeBadges, SeverityLabel } from './assessment-badges';
import type { Assessment, Instrument } from './outcomes.api';
import { bandColor } from './severity';

interface TrendChartProps {
  instrument: Instrument;
  /** This instrument's administrations with a total, oldest first. */
  points: Assessment[];
}

/**
 * One instrument's totals over time on its severity bands, shaded from calm to alarming. The chart is
 * a picture for sighted readers; the same figures are in the assessments table, and the caption says
 * where the latest stands.
 */
export function TrendChart({ instrument, points }: TrendChartProps) {
  const bands = instrument.scoring.bands ?? [];
  const latest = points.at(-1);
  const headingId = `trend-${instrument.id}`;
  const data = points.map((a) => ({ when: dayjs(a.administeredAt).format('MM/DD'), total: a.total }));
  const top = bands.at(-1)?.max ?? Math.max(...points.map((a) => a.total ?? 0));
  return (
    <Paper component="figure" withBorder p="md" radius="md" m={0} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id={headingId}>
            {instrument.id}
          </Title>
          {latest && <ChangeBadges change={latest.change} />}
        </Group>
        <div aria-hidden>
          <LineChart
            h={220}
            data={data}
            dataKey="when"
            series={[{ name: 'total', label: 'Total', color: 'teal.9' }]}
            curveType="linear"
            withDots
            // Hidden from assistive technology (the table has the figures), so nothing in it takes focus.
            accessibilityLayer={false}
            // Ticks where the bands start, so the shading reads against the published cut-offs.
            yAxisProps={{
              domain: [bands[0]?.min ?? 0, top],
              ticks: [...bands.map((b) => b.min), top],
              allowDecimals: false,
            }}
            referenceAreas={bands.map((band, i) => ({
              y1: band.min,
              y2: bands[i + 1]?.min ?? band.max,
              color: bandColor(i, bands.length),
              fillOpacity: 0.15,
              strokeOpacity: 0,
              label: { value: humanize(band.label), fill: 'var(--mantine-color-gray-8)', position: 'insideRight' },
            }))}
          />
        </div>
        {latest && (
          <Group component="figcaption" gap="xs" wrap="wrap">
            <Text size="sm">
              Latest {dayjs(latest.administeredAt).format('MM/DD/YYYY')}: {latest.total} of {top},
            </Text>
            <SeverityLabel instrument={instrument} severity={latest.severity} />
            <Text size="sm" c="dimmed">
              ({points.length} {points.length === 1 ? 'administration' : 'administrations'})
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
