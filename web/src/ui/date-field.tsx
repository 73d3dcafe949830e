import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

const FORMATS = ['MM/DD/YYYY', 'M/D/YYYY', 'YYYY-MM-DD'];

/** Accepts 05/12/1990, 5/12/1990 or 1990-05-12; the form value is always YYYY-MM-DD. */
function parseDate(input: string): string | null {
  const parsed = dayjs(input.trim(), FORMATS, true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

type DateFieldProps = Omit<DateInputProps, 'valueFormat' | 'dateParser' | 'value' | 'onChange'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/** A typed-or-picked calendar date, shown MM/DD/YYYY and stored YYYY-MM-DD (API dates). */
const CALENDAR_LABELS = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousDecade: 'Previous decade',
  nextDecade: 'Next decade',
  monthLevelControl: 'Choose a month',
  yearLevelControl: 'Choose a year',
};

export function DateField({ value, onChange, ...props }: DateFieldProps) {
  return (
    <DateInput
      valueFormat="MM/DD/YYYY"
      placeholder="MM/DD/YYYY"
      dateParser={parseDate}
      // The calendar's arrow buttons have only icons; screen readers need their names (WCAG 4.1.2).
      ariaLabels={CALENDAR_LABELS}
      value={value || null}
      onChange={(v) => onChange?.(v ?? '')}
      {...props}
    />
  );
}
