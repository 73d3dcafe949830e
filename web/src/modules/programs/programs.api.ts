import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { BodyOf, ItemOf } from '../../api/paths';
import { useInvalidatingMutation } from '../../ui/mutations';
import { useAllItems, usePagedQuery } from '../../ui/paged-query';

export type Program = ItemOf<'/api/programs'>;
export type ProgramBody = BodyOf<'/api/programs', 'post'>;
export type Episode = ItemOf<'/api/patients/{id}/episodes'>;
export type AdmitBody = BodyOf<'/api/episodes', 'post'>;
export type DischargeBody = BodyOf<'/api/episodes/{id}/discharge', 'post'>;

export const programKeys = {
  all: ['programs'] as const,
  staff: (programId: string) => ['programs', 'staff', programId] as const,
  episodes: (patientId: string) => ['patients', patientId, 'episodes'] as const,
};

const fetchPrograms = (limit: number) => (cursor: string | undefined) =>
  unwrap(api.GET('/api/programs', { params: { query: { limit, cursor } } }));

export const useProgramsPage = () => usePagedQuery([...programKeys.all, 'page'], fetchPrograms(50));
export const useAllPrograms = () => useAllItems([...programKeys.all, 'all'], fetchPrograms(200));

export const useCreateProgram = () =>
  useInvalidatingMutation(programKeys.all, (body: ProgramBody) => unwrap(api.POST('/api/programs', { body })));

export const useProgramStaff = (programId: string) =>
  useQuery({
    queryKey: programKeys.staff(programId),
    queryFn: () => unwrap(api.GET('/api/programs/{id}/staff', { params: { path: { id: programId } } })),
  });

export function useSetProgramStaff(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (staffIds: string[]) =>
      unwrap(api.PUT('/api/programs/{id}/staff', { params: { path: { id: programId } }, body: { staffIds } })),
    onSuccess: (saved) => client.setQueryData(programKeys.staff(programId), saved),
  });
}

export const usePatientEpisodes = (patientId: string) =>
  usePagedQuery(programKeys.episodes(patientId), (cursor) =>
    unwrap(
      api.GET('/api/patients/{id}/episodes', { params: { path: { id: patientId }, query: { cursor, limit: 50 } } }),
    ),
  );

/** Admissions and discharges change the chart header (active episodes) as well as the list. */
const episodeChanges = (patientId: string) => [['patients', patientId]];

export const useAdmit = (patientId: string) =>
  useInvalidatingMutation(episodeChanges(patientId), (body: AdmitBody) => unwrap(api.POST('/api/episodes', { body })));

export const useDischarge = (patientId: string) =>
  useInvalidatingMutation(episodeChanges(patientId), ({ episodeId, ...body }: DischargeBody & { episodeId: string }) =>
    unwrap(api.POST('/api/episodes/{id}/discharge', { params: { path: { id: episodeId } }, body })),
  );
