import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/paths';
import { useInvalidatingMutation } from '../../ui/mutations';
import { usePagedQuery } from '../../ui/paged-query';

export type PatientSummary = ItemOf<'/api/patients'>;
export type Patient = ResponseOf<'/api/patients/{id}'>;
export type PatientBody = BodyOf<'/api/patients', 'post'>;
export type PatientCreated = ResponseOf<'/api/patients', 'post'>;
export type Coverage = Patient['coverages'][number];
export type CoverageBody = BodyOf<'/api/patients/{id}/coverages', 'post'>;
export type Authorization = ItemOf<'/api/patients/{id}/authorizations'>;
export type AuthorizationBody = BodyOf<'/api/patients/{id}/authorizations', 'post'>;

// Everything about one patient sits under ['patients', id] so one invalidation refreshes the chart.
export const patientKeys = {
  search: (query: string) => ['patients', 'search', query] as const,
  duplicates: (given: string, family: string, birthDate: string) =>
    ['patients', 'duplicates', given, family, birthDate] as const,
  patient: (id: string) => ['patients', id] as const,
  authorizations: (id: string) => ['patients', id, 'authorizations'] as const,
};

export const usePatientSearch = (query: string) =>
  usePagedQuery(patientKeys.search(query), (cursor) =>
    unwrap(api.GET('/api/patients', { params: { query: { limit: 50, cursor, ...(query ? { query } : {}) } } })),
  );

/** Possible duplicates of a patient about to be registered; runs once all three fields are filled. */
export const useDuplicateCheck = (given: string, family: string, birthDate: string) =>
  useQuery({
    queryKey: patientKeys.duplicates(given, family, birthDate),
    queryFn: () => unwrap(api.GET('/api/patients/duplicates', { params: { query: { given, family, birthDate } } })),
    enabled: given.length > 0 && family.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(birthDate),
    staleTime: 60_000,
  });

export const usePatient = (id: string) =>
  useQuery({
    queryKey: patientKeys.patient(id),
    queryFn: () => unwrap(api.GET('/api/patients/{id}', { params: { path: { id } } })),
  });

export const useCreatePatient = () =>
  useInvalidatingMutation(['patients', 'search'], (body: PatientBody) => unwrap(api.POST('/api/patients', { body })));

export const useUpdatePatient = (id: string) =>
  useInvalidatingMutation([patientKeys.patient(id), ['patients', 'search']], (body: Partial<PatientBody>) =>
    unwrap(api.PATCH('/api/patients/{id}', { params: { path: { id } }, body })),
  );

export const useAddCoverage = (id: string) =>
  useInvalidatingMutation(patientKeys.patient(id), (body: CoverageBody) =>
    unwrap(api.POST('/api/patients/{id}/coverages', { params: { path: { id } }, body })),
  );

export const useAuthorizations = (id: string) =>
  usePagedQuery(patientKeys.authorizations(id), (cursor) =>
    unwrap(api.GET('/api/patients/{id}/authorizations', { params: { path: { id }, query: { cursor, limit: 50 } } })),
  );

export const useAddAuthorization = (id: string) =>
  useInvalidatingMutation(patientKeys.authorizations(id), (body: AuthorizationBody) =>
    unwrap(api.POST('/api/patients/{id}/authorizations', { params: { path: { id } }, body })),
  );
