import { Badge, Group, Text } from '@mantine/core';
import { formatDate } from '../../ui/format';
import type { MeasureDue } from './outcomes.api';

/** What the program's schedule asks of the patient today: due, or overdue since a window closed. */
export function MeasuresDueList({ items }: { items: MeasureDue[] }) {
  if (items.length === 0) {
    return <Text size="sm">No measures due: the schedule is up to date.</Text>;
  }
  return (
    <Group component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Measures due">
      {items.map((m) => (
        <Group component="li" key={m.instrument} gap={6} wrap="nowrap">
          {m.overdue ? (
            <Badge color="red" tt="none">
              Overdue
            </Badge>
          ) : (
            <Badge color="yellow.4" c="dark.9" tt="none">
              Due
            </Badge>
          )}
          <Text size="sm">
            <strong>{m.instrument}</strong> {m.overdue ? 'was due' : 'due'} {formatDate(m.dueOn)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
