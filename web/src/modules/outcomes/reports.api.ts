import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { QueryOf, ResponseOf } from '../../api/paths';

export type OutcomeReport = ResponseOf<'/api/outcomes/reports'>;
export type InstrumentReport = OutcomeReport['instruments'][number];
export type PeriodSummary = InstrumentReport['current'];
export type ReportQuery = QueryOf<'/api/outcomes/reports'>;

export const reportKeys = {
  report: (query: ReportQuery) => ['outcomes', 'reports', query] as const,
};

/** A program's report; changing the period keeps the last one on screen until the next arrives. */
export const useOutcomeReport = (query: ReportQuery | null) =>
  useQuery({
    queryKey: reportKeys.report(query ?? { programId: '' }),
    queryFn: () => unwrap(api.GET('/api/outcomes/reports', { params: { query: query! } })),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });

/**
 * The CSV file's address: a plain link downloads it with the session cookie (same origin), and the
 * server names the file and sends it as an attachment.
 */
export function reportCsvUrl(query: ReportQuery): string {
  const params = new URLSearchParams({ programId: query.programId });
  if (query.from && query.to) {
    params.set('from', query.from);
    params.set('to', query.to);
  }
  return `/api/outcomes/reports.csv?${params}`;
}
