// Report periods the page offers in one click; the server reads any from/to of up to two years and,
// with neither, reports the current quarter in the program site's zone.
import dayjs from 'dayjs';

export interface Period {
  from: string;
  to: string;
}

const format = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

function quarter(today: string, back: number): Period {
  const date = dayjs(today);
  const start = date.month(date.month() - (date.month() % 3) - 3 * back).date(1);
  return { from: format(start), to: format(start.add(3, 'month').subtract(1, 'day')) };
}

export interface PeriodPreset {
  key: string;
  label: string;
  /** null: the server's default, this quarter. */
  period: (today: string) => Period | null;
}

export const PERIOD_PRESETS: PeriodPreset[] = [
  { key: 'quarter', label: 'This quarter', period: () => null },
  { key: 'last-quarter', label: 'Last quarter', period: (today) => quarter(today, 1) },
  {
    key: 'last-90',
    label: 'Last 90 days',
    period: (today) => ({ from: format(dayjs(today).subtract(89, 'day')), to: today }),
  },
  {
    key: 'year',
    label: 'This year',
    period: (today) => ({ from: format(dayjs(today).startOf('year')), to: format(dayjs(today).endOf('year')) }),
  },
];

/** Days in the period, both ends counted. */
export const periodLength = ({ from, to }: Period): number => dayjs(to).diff(dayjs(from), 'day') + 1;
