import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { InstrumentReport } from './reports.api';

const oneDecimal = (value: number) => value.toFixed(1);

/**
 * Mean baseline against mean latest score, per instrument, for the patients followed up in the
 * period. The bars are a picture for sighted readers (hidden from assistive technology, like the
 * chart's trend lines); the same means are in each instrument's card, and the caption says so.
 */
export function ReportMeansChart({ reports }: { reports: InstrumentReport[] }) {
  const data = reports
    .filter((r) => r.current.baseline.mean !== null && r.current.latest.mean !== null)
    .map((r) => ({ instrument: r.instrument, baseline: r.current.baseline.mean, latest: r.current.latest.mean }));
  if (data.length === 0) return null;
  return (
    <Paper component="figure" withBorder p="md" radius="md" m={0} aria-labelledby="report-means-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="report-means-title">
          Baseline and latest, mean score
        </Title>
        <div aria-hidden>
          <BarChart
            h={240}
            data={data}
            dataKey="instrument"
            series={[
              { name: 'baseline', label: 'Mean baseline', color: 'gray.6' },
              { name: 'latest', label: 'Mean latest', color: 'teal.8' },
            ]}
            withLegend
            withBarValueLabel
            valueFormatter={oneDecimal}
            // Whole points on the axis; the bars carry their means to one decimal.
            yAxisProps={{ allowDecimals: false, tickFormatter: (value: number) => String(value) }}
            maxBarWidth={48}
            // Hidden from assistive technology (the cards have the figures), so nothing in it takes focus.
            barChartProps={{ accessibilityLayer: false }}
          />
        </div>
        <Text component="figcaption" size="sm" c="dimmed">
          Lower is better on each instrument. The same means are in the instrument cards above.
        </Text>
      </Stack>
    </Paper>
  );
}
