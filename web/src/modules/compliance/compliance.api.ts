import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/paths';

export type ComplianceWeek = ResponseOf<'/api/compliance/weekly'>;
export type ComplianceItem = ComplianceWeek['items'][number];

export const complianceKeys = {
  week: (programId: string, weekOf: string) => ['compliance', programId, weekOf] as const,
};

/** One program's week; paging weeks keeps the last one on screen until the next arrives. */
export const useComplianceWeek = (programId: string | null, weekOf: string) =>
  useQuery({
    queryKey: complianceKeys.week(programId ?? '', weekOf),
    queryFn: () => unwrap(api.GET('/api/compliance/weekly', { params: { query: { programId: programId!, weekOf } } })),
    enabled: programId !== null,
    placeholderData: keepPreviousData,
  });
