import { Badge, Stack, VisuallyHidden } from '@mantine/core';
import type { Group as TherapyGroup } from './groups.api';

/** "6 / 8" enrolled today, and a warning from 80 % of capacity (the server's approachingCapacity). */
export function CapacityBadges({ group }: { group: TherapyGroup }) {
  const full = group.enrolledCount >= group.capacity;
  return (
    <Stack gap={4} align="flex-start">
      <Badge variant="light" color="gray" c="dark.7" tt="none" miw="max-content">
        {group.enrolledCount} / {group.capacity}
        <VisuallyHidden component="span"> places taken</VisuallyHidden>
      </Badge>
      {full ? (
        <Badge color="red" tt="none" miw="max-content">
          Full
        </Badge>
      ) : (
        // Dark text on yellow: white on orange or yellow falls below 4.5:1 (WCAG 1.4.3).
        group.approachingCapacity && (
          <Badge color="yellow.4" c="dark.9" tt="none" miw="max-content">
            Approaching capacity
          </Badge>
        )
      )}
    </Stack>
  );
}
