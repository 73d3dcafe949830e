import '@mantine/charts/styles.css';
import { BulletChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import type { ComplianceItem } from './compliance.api';
import { hoursSummary } from './compliance-status';

/**
 * The week's hours as a bullet chart: the bar is what was attended, the light band how far the
 * sessions still scheduled can take it, the marker the program's minimum. The picture is one image
 * for assistive technology, named by the same sentence printed under it.
 */
export function HoursBullet({ item }: { item: ComplianceItem }) {
  const scale = Math.max(item.requiredHours, item.projectedHours) * 1.1 || 1;
  const summary = hoursSummary(item);
  return (
    <Stack gap={2} miw={180}>
      <div role="img" aria-label={summary}>
        <BulletChart
          aria-hidden
          value={item.attendedHours}
          target={item.requiredHours}
          ranges={[
            { value: item.projectedHours, color: 'teal.1' },
            { value: scale, color: 'gray.1' },
          ]}
          barColor={item.met ? 'teal.7' : 'orange.7'}
          targetColor="dark.7"
          size={18}
          barSize={10}
          targetRatio={1}
          // The figures are in the sentence below; the chart's own labels would crowd a table cell.
          styles={{ rangeLabel: { display: 'none' }, barLabel: { display: 'none' }, targetLabel: { display: 'none' } }}
        />
      </div>
      <Text size="xs" c="dimmed" aria-hidden>
        {item.attendedHours} / {item.requiredHours} h · {item.scheduledRemainingHours} h scheduled
      </Text>
    </Stack>
  );
}
