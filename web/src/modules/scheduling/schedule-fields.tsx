// Pieces the group form and the series edit share: the weekday boxes, their rule in words, and the
// checks on a weekly schedule's numbers.
import { Checkbox, Group, NumberInput, type CheckboxGroupProps, type NumberInputProps } from '@mantine/core';
import { describeRule, WEEKDAYS, weeklyRule } from './schedule-options';

/** The server names the rule it was sent; the forms show weekday boxes instead. */
export const SCHEDULE_ERROR_ALIASES = { 'schedule.rrule': 'schedule.weekdays' };

export const wholeNumber = (label: string, min: number, max: number) => (value: number | string) => {
  const n = Number(value);
  return value !== '' && Number.isInteger(n) && n >= min && n <= max ? null : `${label}: ${min} to ${max}`;
};

export const startTimeRule = (v: string) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? null : 'Enter a start time');

export const weekdaysRule = (v: string[]) => (v.length ? null : 'Choose at least one day');

type WeekdaysFieldProps = Omit<CheckboxGroupProps, 'children'>;

/** "Meets on": a box per weekday, and the chosen days in words. */
export function WeekdaysField({ value = [], label = 'Meets on', ...props }: WeekdaysFieldProps) {
  return (
    <Checkbox.Group
      label={label}
      description={value.length ? `Every week: ${describeRule(weeklyRule(value))}` : 'Every week on the days chosen'}
      required
      data-required
      value={value}
      {...props}
    >
      <Group gap="md" mt="xs">
        {WEEKDAYS.map((d) => (
          <Checkbox key={d.value} value={d.value} label={d.label} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

/** A session's length in whole minutes, within the server's 5–720 (`durationMinutes`). */
export function MinutesInput(props: NumberInputProps) {
  return <NumberInput label="Minutes" min={5} max={720} step={15} allowDecimal={false} {...props} />;
}
