import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { DateField } from '../../ui/date-field';
import { addDays, weekStart } from '../scheduling/time';

interface WeekPickerProps {
  /** Any date of the week shown. */
  weekOf: string;
  onChange: (weekOf: string | null) => void;
}

/** Monday–Sunday weeks: a step back or forward, this week, or the week of any date typed or picked. */
export function WeekPicker({ weekOf, onChange }: WeekPickerProps) {
  const monday = weekStart(weekOf);
  const range = `${dayjs(monday).format('MMM D')} – ${dayjs(addDays(monday, 6)).format('MMM D, YYYY')}`;
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Group gap="xs" wrap="nowrap">
        <Button variant="default" onClick={() => onChange(addDays(monday, -7))} aria-label="Previous week">
          <IconChevronLeft size={18} aria-hidden />
        </Button>
        <Button variant="default" onClick={() => onChange(null)}>
          This week
        </Button>
        <Button variant="default" onClick={() => onChange(addDays(monday, 7))} aria-label="Next week">
          <IconChevronRight size={18} aria-hidden />
        </Button>
        <Text fw={700} aria-live="polite" data-testid="compliance-week">
          {range}
        </Text>
      </Group>
      <DateField label="Week of" value={weekOf} onChange={(value) => value && onChange(value)} w={160} />
    </Group>
  );
}
