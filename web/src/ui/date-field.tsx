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
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  return (
    <DateInput
      valueFormat="MM/DD/YYYY"
      placeholder="MM/DD/YYYY"
      dateParser={parseDate}
      value={value || null}
      onChange={(v) => onChange?.(v ?? '')}
      {...props}
    />
  );
}
