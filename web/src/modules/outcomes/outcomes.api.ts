import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/paths';
import { useInvalidatingMutation } from '../../ui/mutations';

export type Instrument = ItemOf<'/api/instruments'>;
export type Assessment = ItemOf<'/api/patients/{id}/assessments'>;
export type AssessmentBody = BodyOf<'/api/patients/{id}/assessments', 'post'>;
export type MeasureDue = ItemOf<'/api/patients/{id}/measures-due'>;
export type SelfReportKind = BodyOf<'/api/patients/{id}/self-report-tokens', 'post'>['kind'];
export type SelfReportToken = ResponseOf<'/api/patients/{id}/self-report-tokens', 'post'>;
export type SelfReportForm = ResponseOf<'/api/self-report/{token}'>;
export type FormInstrument = SelfReportForm['instruments'][number];

// A patient's outcome views sit under one key: a new assessment changes the history and what is due.
export const outcomesKeys = {
  instruments: ['outcomes', 'instruments'] as const,
  patient: (patientId: string) => ['outcomes', 'patients', patientId] as const,
  assessments: (patientId: string) => ['outcomes', 'patients', patientId, 'assessments'] as const,
  due: (patientId: string) => ['outcomes', 'patients', patientId, 'due'] as const,
  selfReport: (token: string) => ['self-report', token] as const,
};

export const useInstruments = () =>
  useQuery({
    queryKey: outcomesKeys.instruments,
    queryFn: () => unwrap(api.GET('/api/instruments')).then((r) => r.items),
    // Definitions change only with a release.
    staleTime: Infinity,
  });

/** Newest first (the server's order). */
export const useAssessments = (patientId: string) =>
  useQuery({
    queryKey: outcomesKeys.assessments(patientId),
    queryFn: () =>
      unwrap(api.GET('/api/patients/{id}/assessments', { params: { path: { id: patientId } } })).then((r) => r.items),
  });

export const useMeasuresDue = (patientId: string) =>
  useQuery({
    queryKey: outcomesKeys.due(patientId),
    queryFn: () =>
      unwrap(api.GET('/api/patients/{id}/measures-due', { params: { path: { id: patientId } } })).then((r) => r.items),
  });

export const useRecordAssessment = (patientId: string) =>
  useInvalidatingMutation(outcomesKeys.patient(patientId), (body: AssessmentBody) =>
    unwrap(api.POST('/api/patients/{id}/assessments', { params: { path: { id: patientId } }, body })),
  );

export const useCreateSelfReportToken = (patientId: string) =>
  useMutation({
    mutationFn: (kind: SelfReportKind) =>
      unwrap(
        api.POST('/api/patients/{id}/self-report-tokens', { params: { path: { id: patientId } }, body: { kind } }),
      ),
  });

/** The patient's side: the form behind a token, read once (a retry cannot turn an expired token valid). */
export const useSelfReportForm = (token: string) =>
  useQuery({
    queryKey: outcomesKeys.selfReport(token),
    queryFn: () => unwrap(api.GET('/api/self-report/{token}', { params: { path: { token } } })),
    staleTime: Infinity,
    gcTime: 0,
  });

export const useAnswerSelfReport = (token: string) =>
  useMutation({
    mutationFn: (body: { instrument: string; answers: number[] }) =>
      unwrap(api.POST('/api/self-report/{token}/responses', { params: { path: { token } }, body })),
  });
